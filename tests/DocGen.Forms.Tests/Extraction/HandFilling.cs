using System.IO.Compression;
using System.Xml.Linq;

namespace DocGen.Forms.Tests.Extraction;

/// <summary>
/// Fills a blank form the way a person does in Word: typing into a cell, after an instruction, over a
/// placeholder; ticking a box by replacing □ with ☑ or ■; copying a table row to add one.
/// </summary>
internal sealed class HandFilling
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private readonly byte[] _blank;
    private readonly XDocument _document;

    public HandFilling(byte[] blank)
    {
        _blank = blank;
        using var zip = new ZipArchive(new MemoryStream(blank));
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        _document = XDocument.Load(stream, LoadOptions.PreserveWhitespace);
    }

    private IEnumerable<XElement> Paragraphs => _document.Descendants(W + "p");

    private static string Text(XElement e) => string.Concat(e.Descendants(W + "t").Select(t => t.Value));

    private static XElement Run(string text) => new(W + "r", new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), text));

    /// <summary>Types into the (first) empty paragraph of the cell right of the cell whose text is <paramref name="label"/>.</summary>
    public HandFilling TypeRightOf(string label, string typed, int occurrence = 0)
    {
        var cell = _document.Descendants(W + "tc").Where(c => Text(c) == label).ElementAt(occurrence).ElementsAfterSelf(W + "tc").First();
        var paragraph = cell.Elements(W + "p").FirstOrDefault(p => Text(p).Length == 0) ?? cell.Elements(W + "p").Last();
        paragraph.Add(Run(typed));
        return this;
    }

    /// <summary>Types at the end of the paragraph that ends with <paramref name="instruction"/>, then presses Enter and types each further line.</summary>
    public HandFilling TypeAfter(string instruction, params string[] lines)
    {
        var paragraph = Paragraphs.First(p => Text(p).EndsWith(instruction, StringComparison.Ordinal));
        paragraph.Add(Run(lines[0]));
        foreach (var line in lines.Skip(1).Reverse()) paragraph.AddAfterSelf(new XElement(W + "p", paragraph.Element(W + "pPr") is { } pPr ? new XElement(pPr) : null, Run(line)));
        return this;
    }

    /// <summary>Replaces printed text (a placeholder such as ___市 or 　　年　　月　　日) with what the person typed.</summary>
    public HandFilling Overtype(string printed, string typed)
    {
        var paragraph = Paragraphs.First(p => Text(p).Contains(printed, StringComparison.Ordinal));
        var text = Text(paragraph).Replace(printed, typed);
        paragraph.Elements(W + "r").Remove();
        paragraph.Add(Run(text));
        return this;
    }

    /// <summary>Replaces the box before <paramref name="option"/> (in the <paramref name="occurrence"/>-th paragraph that has it) with <paramref name="mark"/>.</summary>
    public HandFilling Tick(string option, char mark = '☑', int occurrence = 0)
    {
        var paragraph = Paragraphs.Where(p => Text(p).Contains("□" + option, StringComparison.Ordinal)).ElementAt(occurrence);
        var texts = paragraph.Descendants(W + "t").ToList();
        var joined = Text(paragraph);
        var at = joined.IndexOf("□" + option, StringComparison.Ordinal);
        var offset = 0;
        foreach (var t in texts)
        {
            if (at >= offset && at < offset + t.Value.Length)
            {
                t.Value = t.Value[..(at - offset)] + mark + t.Value[(at - offset + 1)..];
                break;
            }
            offset += t.Value.Length;
        }
        return this;
    }

    /// <summary>Types the cells of a row of the table that holds <paramref name="heading"/>: row <paramref name="row"/> counted from the heading's row.</summary>
    public HandFilling FillRow(string heading, int row, params string[] cells)
    {
        var target = RowBelow(heading, row);
        var tcs = target.Elements(W + "tc").ToList();
        for (var i = 0; i < cells.Length && i < tcs.Count; i++)
        {
            if (cells[i].Length == 0) continue;
            var paragraph = tcs[i].Elements(W + "p").First();
            paragraph.Elements(W + "r").Remove();
            paragraph.Add(Run(cells[i]));
        }
        return this;
    }

    /// <summary>Copies row <paramref name="row"/> below <paramref name="heading"/> and inserts the copy right after it (Word's "insert row below").</summary>
    public HandFilling AddRowAfter(string heading, int row)
    {
        var target = RowBelow(heading, row);
        target.AddAfterSelf(new XElement(target));
        return this;
    }

    private XElement RowBelow(string heading, int row)
    {
        var headingRow = _document.Descendants(W + "tr").First(r => r.Elements(W + "tc").Any(c => Text(c) == heading));
        return headingRow.ElementsAfterSelf(W + "tr").ElementAt(row - 1);
    }

    public byte[] ToDocx()
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(_blank)))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var write = target.CreateEntry(entry.FullName).Open();
                if (entry.FullName == "word/document.xml") _document.Save(write, SaveOptions.DisableFormatting);
                else entry.Open().CopyTo(write);
            }
        }
        return output.ToArray();
    }
}
