using System.Text;
using System.Xml.Linq;
using DocGen.Templates.Inspection;
using DocGen.Templates.Packaging;
using DocGen.Templates.Parsing;

namespace DocGen.Templates.Versions;

/// <summary>
/// A document read as the sequence of its paragraphs and table rows, in reading order, each with a place a person
/// can find (正文第3段, 表2第5行). Empty paragraphs are layout, not text, and are left out; empty rows are kept, since
/// a row to fill in is part of a form.
/// </summary>
public static class DocumentOutline
{
    public static IReadOnlyList<OutlineUnit> Read(byte[] docx)
    {
        var part = DocxPackage.TryRead(docx, out _) is { } package ? package.Find(package.MainPart) : null;
        var body = part is null ? null : SafeXml.Load(part).Root?.Element(WordNames.Body);
        var units = new List<OutlineUnit>();
        if (body is null) return units;
        var paragraph = 0;
        var table = 0;
        foreach (var block in Blocks(body))
        {
            if (block.Name == WordNames.P)
            {
                var text = ParagraphText(block).Trim();
                if (NoticeText.Normalize(text).Length == 0) continue;
                paragraph++;
                units.Add(new OutlineUnit(OutlineUnitKind.Paragraph, $"正文第{paragraph}段", text, NoticeText.Normalize(text), ""));
                continue;
            }
            table++;
            var row = 0;
            foreach (var tr in block.Elements(WordNames.Tr))
            {
                row++;
                var cells = tr.Elements(WordNames.Tc).ToList();
                var text = string.Join(" | ", cells.Select(c => string.Join(" ", c.Descendants(WordNames.P).Select(ParagraphText).Where(t => t.Trim().Length > 0)).Trim()));
                var merges = string.Join("，", cells.Select((c, i) => Merge(c) is { Length: > 0 } m ? $"第{i + 1}格{m}" : null).Where(m => m is not null));
                units.Add(new OutlineUnit(OutlineUnitKind.Row, $"表{table}第{row}行", text, NoticeText.Normalize(text.Replace(" | ", "\t")) + "|" + merges, merges));
            }
        }
        return units;
    }

    // Paragraphs and tables of the body in order; content controls and other wrappers are looked through.
    private static IEnumerable<XElement> Blocks(XElement container)
    {
        foreach (var element in container.Elements())
        {
            if (element.Name == WordNames.P || element.Name == WordNames.Tbl) yield return element;
            else if (element.Name != WordNames.SectPr)
                foreach (var inner in Blocks(element)) yield return inner;
        }
    }

    private static string ParagraphText(XElement paragraph)
    {
        var sb = new StringBuilder();
        foreach (var t in paragraph.Descendants(WordNames.T)) sb.Append(t.Value);
        return sb.ToString();
    }

    private static string Merge(XElement cell)
    {
        var properties = cell.Element(WordNames.TcPr);
        var span = properties?.Element(WordNames.GridSpan)?.Attribute(WordNames.Val)?.Value;
        var vertical = properties?.Element(WordNames.W + "vMerge");
        var parts = new List<string>();
        if (span is not null && span != "1") parts.Add($"跨{span}列");
        if (vertical is not null) parts.Add(vertical.Attribute(WordNames.Val)?.Value == "restart" ? "纵向合并起" : "纵向合并续");
        return string.Join("", parts);
    }
}
