using System.Text;
using System.Xml.Linq;
using DocGen.Templates.Packaging;
using DocGen.Templates.Parsing;
using static DocGen.Templates.Parsing.WordNames;

namespace DocGen.Templates.Extraction;

/// <summary>
/// Reads the body of a filled DOCX into paragraphs, tables, rows and cells, whatever Word, WPS or LibreOffice
/// did to its runs: content controls and custom XML are looked through, tracked deletions are left out,
/// check-box controls and symbol-font boxes become ☑/□, pictures keep their bytes.
/// </summary>
internal sealed class FilledDocumentReader
{
    private static readonly XNamespace W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    private static readonly XNamespace Drawing = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace Vml = "urn:schemas-microsoft-com:vml";
    private static readonly XName Sdt = W + "sdt";
    private static readonly XName SdtContent = W + "sdtContent";

    private readonly DocxPackage _package;
    private readonly Dictionary<string, string> _imageTargets;
    private int _tables;
    private int _bodyParagraphs;

    private FilledDocumentReader(DocxPackage package)
    {
        _package = package;
        _imageTargets = PackageRelationships.TargetsById(package.Find(package.MainRelationships), package.MainPart);
    }

    /// <summary>The document body; throws <see cref="System.Xml.XmlException"/> when the main document part is not well-formed.</summary>
    public static DocContainer Read(DocxPackage package)
    {
        var reader = new FilledDocumentReader(package);
        var document = SafeXml.Load(package.Find(package.MainPart)!);
        var body = document.Root!.Element(Body) ?? document.Root!;
        return new DocContainer(ContainerKind.Body, "", reader.Blocks(body, cellLocation: null));
    }

    private List<DocNode> Blocks(XElement container, string? cellLocation)
    {
        var blocks = new List<DocNode>();
        var paragraphs = 0;
        foreach (var element in Flatten(container, e => e.Name == P || e.Name == Tbl))
        {
            if (element.Name == P)
            {
                var location = cellLocation is null ? $"paragraph {++_bodyParagraphs}" : $"{cellLocation}, paragraph {++paragraphs}";
                blocks.Add(Paragraph(element, location));
            }
            else
            {
                blocks.Add(Table(element));
            }
        }
        return blocks;
    }

    private DocContainer Table(XElement table)
    {
        var name = $"table {++_tables}";
        var rows = new List<DocNode>();
        foreach (var row in Flatten(table, e => e.Name == Tr))
        {
            var rowName = $"{name}, row {rows.Count + 1}";
            var cells = new List<DocNode>();
            foreach (var cell in Flatten(row, e => e.Name == Tc))
            {
                var cellName = $"{rowName}, cell {cells.Count + 1}";
                cells.Add(new DocContainer(ContainerKind.Cell, cellName, Blocks(cell, cellName)));
            }
            rows.Add(new DocContainer(ContainerKind.Row, rowName, cells));
        }
        return new DocContainer(ContainerKind.Table, name, rows);
    }

    /// <summary>The wanted elements among the children, looking through content controls, custom XML and tracked insertions.</summary>
    private static IEnumerable<XElement> Flatten(XElement container, Func<XElement, bool> wanted)
    {
        foreach (var child in container.Elements())
        {
            if (wanted(child))
            {
                yield return child;
            }
            else if (child.Name == Sdt) { foreach (var e in Flatten(child.Element(SdtContent) ?? child, wanted)) yield return e; }
            else if (child.Name.LocalName is "customXml" or "ins" or "smartTag" || child.Name == SdtContent)
            {
                foreach (var e in Flatten(child, wanted)) yield return e;
            }
        }
    }

    private DocParagraph Paragraph(XElement paragraph, string location)
    {
        var text = new StringBuilder();
        var images = new List<string>();
        Inline(paragraph, text, images);
        return new DocParagraph(location, text.ToString(), images);
    }

    private void Inline(XElement element, StringBuilder text, List<string> images)
    {
        foreach (var child in element.Elements())
        {
            var name = child.Name;
            if (name == T)
            {
                text.Append(child.Value);
            }
            else if (name == W + "tab" || name == W + "ptab")
            {
                text.Append('\t');
            }
            else if (name == W + "br" || name == W + "cr")
            {
                if ((string?)child.Attribute(W + "type") is null or "textWrapping") text.Append('\n');
            }
            else if (name == W + "noBreakHyphen")
            {
                text.Append('-');
            }
            else if (name == Sym)
            {
                text.Append(Symbol(child));
            }
            else if (name == Sdt && child.Element(W + "sdtPr")?.Element(W14 + "checkbox") is { } box)
            {
                text.Append((string?)box.Element(W14 + "checked")?.Attribute(W14 + "val") is "1" or "true" ? '☑' : '□');
            }
            else if (name == WordNames.Drawing || name == Pict || name == WordNames.Object)
            {
                var bytes = PictureOf(child);
                if (bytes is not null)
                {
                    text.Append(DocParagraph.ImageMark);
                    images.Add(bytes);
                }
            }
            else if (name.LocalName is "pPr" or "rPr" or "del" or "moveFrom" or "delText" or "instrText" or "fldChar" or "txbxContent" || name == P)
            {
                continue;
            }
            else
            {
                Inline(child, text, images);
            }
        }
    }

    private string? PictureOf(XElement picture)
    {
        var id = picture.Descendants(Drawing + "blip").Select(b => (string?)b.Attribute(RelationshipIds + "embed")).FirstOrDefault(v => v is not null)
            ?? picture.Descendants(Vml + "imagedata").Select(b => (string?)b.Attribute(RelationshipIds + "id")).FirstOrDefault(v => v is not null);
        if (id is null || !_imageTargets.TryGetValue(id, out var target)) return null;
        var bytes = _package.Find(target);
        return bytes is null ? null : Convert.ToBase64String(bytes);
    }

    // Word inserts check boxes from symbol fonts (Insert → Symbol) as w:sym: the common boxes and ticks.
    private static char Symbol(XElement sym)
    {
        var font = ((string?)sym.Attribute(W + "font") ?? "").ToLowerInvariant();
        if (!int.TryParse((string?)sym.Attribute(W + "char"), System.Globalization.NumberStyles.HexNumber, null, out var code)) return ' ';
        code &= 0xFF;
        return (font, code) switch
        {
            ("wingdings", 0xFE) or ("wingdings 2", 0x52) => '☑',
            ("wingdings", 0xFD) or ("wingdings 2", 0x54) or ("wingdings", 0x78) => '☒',
            ("wingdings", 0xFC) or ("wingdings 2", 0x50) => '✓',
            ("wingdings", 0xA8) or ("wingdings", 0x6F) or ("wingdings 2", 0xA3) or ("wingdings 2", 0x2A) => '□',
            _ => ' ',
        };
    }
}
