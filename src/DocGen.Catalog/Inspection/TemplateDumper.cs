using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocGen.Templates.Packaging;
using DocGen.Templates.Parsing;
using static DocGen.Templates.Parsing.WordNames;

namespace DocGen.Templates.Inspection;

/// <summary>
/// A plain-text view of a Word document — paragraphs with their style, tables with spans and vertical
/// merges, tags as written — so two template versions can be compared with an ordinary diff in review.
/// </summary>
public static class TemplateDumper
{
    public static string Dump(byte[] docx)
    {
        var package = DocxPackage.TryRead(docx, out var problem);
        if (package is null) return $"not a readable DOCX: {problem}\n";
        var sb = new StringBuilder();
        foreach (var name in package.TemplateParts)
        {
            var bytes = package.Find(name)!;
            XDocument document;
            try
            {
                document = SafeXml.Load(bytes);
            }
            catch (XmlException e)
            {
                sb.Append("== ").Append(name).Append(" (not well-formed: ").Append(e.Message).Append(")\n");
                continue;
            }
            sb.Append("== ").Append(name).Append('\n');
            var tables = 0;
            var paragraphs = 0;
            var container = document.Root!.Element(Body) ?? document.Root!;
            DumpBlocks(container.Elements(), sb, "", ref tables, ref paragraphs);
        }
        return sb.ToString();
    }

    private static void DumpBlocks(IEnumerable<XElement> blocks, StringBuilder sb, string indent, ref int tables, ref int paragraphs)
    {
        foreach (var block in blocks)
        {
            if (block.Name == P)
            {
                paragraphs++;
                var style = (string?)block.Element(PPr)?.Element(W + "pStyle")?.Attribute(Val);
                var align = (string?)block.Element(PPr)?.Element(W + "jc")?.Attribute(Val);
                var breakBefore = block.Descendants(W + "br").Any(b => (string?)b.Attribute(W + "type") == "page") ? " [page break]" : "";
                var section = block.Element(PPr)?.Element(SectPr) is { } s ? " " + Section(s) : "";
                sb.Append(indent).Append("¶").Append(style is null ? "" : $" [{style}]").Append(align is null ? "" : $" ({align})")
                  .Append(' ').Append(ParagraphText(block)).Append(breakBefore).Append(section).Append('\n');
            }
            else if (block.Name == Tbl)
            {
                tables++;
                var grid = block.Element(TblGrid)?.Elements(GridCol).Select(c => (string?)c.Attribute(WAttr) ?? "?").ToList() ?? [];
                sb.Append(indent).Append($"table {tables}: {grid.Count} columns ({string.Join("|", grid)})\n");
                var row = 0;
                foreach (var tr in block.Descendants(Tr).Where(r => r.Ancestors(Tbl).First() == block))
                {
                    row++;
                    var header = tr.Element(W + "trPr")?.Element(W + "tblHeader") is not null ? " [header]" : "";
                    var height = (string?)tr.Element(W + "trPr")?.Element(W + "trHeight")?.Attribute(Val);
                    sb.Append(indent).Append($"  row {row}{header}{(height is null ? "" : $" (h {height})")}:");
                    foreach (var tc in tr.Elements(Tc))
                    {
                        var properties = tc.Element(TcPr);
                        var span = (string?)properties?.Element(GridSpan)?.Attribute(Val);
                        var merge = properties?.Element(W + "vMerge");
                        var mark = merge is null ? "" : (string?)merge.Attribute(Val) == "restart" ? " ↓" : " ↑";
                        var text = string.Join(" ⏎ ", tc.Elements(P).Select(ParagraphText).Where(t => t.Length > 0));
                        sb.Append(" [").Append(text).Append(span is null ? "" : $" ⟷{span}").Append(mark).Append(']');
                    }
                    sb.Append('\n');
                    foreach (var nested in tr.Elements(Tc).SelectMany(c => c.Elements(Tbl)))
                        DumpBlocks([nested], sb, indent + "    ", ref tables, ref paragraphs);
                }
            }
            else if (block.Name == SectPr)
            {
                sb.Append(indent).Append(Section(block)).Append('\n');
            }
            else if (block.Name.LocalName == "sdt")
            {
                DumpBlocks(block.Elements(W + "sdtContent").Elements(), sb, indent, ref tables, ref paragraphs);
            }
        }
    }

    private static string Section(XElement sectPr)
    {
        var size = sectPr.Element(PgSz);
        var orientation = (string?)size?.Attribute(W + "orient") ?? "portrait";
        return $"[section {size?.Attribute(WAttr)?.Value}×{size?.Attribute(W + "h")?.Value} {orientation}]";
    }

    private static string ParagraphText(XElement paragraph)
    {
        var sb = new StringBuilder();
        foreach (var e in paragraph.Descendants())
        {
            if (e.Name == T) sb.Append(e.Value);
            else if (e.Name == W + "tab") sb.Append('\t');
            else if (e.Name == W + "br" && (string?)e.Attribute(W + "type") != "page") sb.Append('↵');
            else if (e.Name == Drawing) sb.Append("[image]");
        }
        return sb.ToString();
    }
}
