using System.Xml.Linq;
using DocGen.Forms.Tests.Support;
using DocGen.Templates.Catalog;

namespace DocGen.Forms.Tests;

/// <summary>The "..." rows of a blank recommendation summary continue the numbered rows above them cell for cell.</summary>
public sealed class SummaryTableTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static TheoryData<string> Summaries()
    {
        var data = new TheoryData<string>();
        foreach (var form in FormCases.Catalog.Current.Forms.Where(f => f.Form == "recommendation-summary"))
            foreach (var version in form.Versions) data.Add(version.Key);
        return data;
    }

    [Theory]
    [MemberData(nameof(Summaries))]
    public void EllipsisRowsMergeTheSameCellsAsTheRowsAboveThem(string key)
    {
        var version = FormCases.Find(key);
        var docx = FormToFill.Of(version).RenderBlank();
        var checkedRows = 0;
        foreach (var table in Docx.Part(docx).Descendants(W + "tbl"))
        {
            var rows = table.Elements(W + "tr").ToList();
            for (var i = 1; i < rows.Count; i++)
            {
                if (!CellText(rows[i]).FirstOrDefault("").StartsWith("...", StringComparison.Ordinal)) continue;
                Assert.Equal(Boundaries(rows[i - 1]), Boundaries(rows[i]));
                checkedRows++;
            }
        }
        Assert.True(checkedRows > 0, $"{key}: no \"...\" row in the blank form");
    }

    private static IEnumerable<string> CellText(XElement row) =>
        row.Elements(W + "tc").Select(c => string.Concat(c.Descendants(W + "t").Select(t => t.Value)).Trim());

    // The grid column each cell ends at: equal lists mean the same cells are merged.
    private static List<int> Boundaries(XElement row)
    {
        var ends = new List<int>();
        var column = 0;
        foreach (var cell in row.Elements(W + "tc"))
        {
            column += (int?)cell.Element(W + "tcPr")?.Element(W + "gridSpan")?.Attribute(W + "val") ?? 1;
            ends.Add(column);
        }
        return ends;
    }
}
