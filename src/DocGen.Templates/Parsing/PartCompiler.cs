using System.Xml;
using System.Xml.Linq;
using DocGen.Templates.Diagnostics;
using DocGen.Templates.Engine;
using DocGen.Templates.Rendering;
using DocGen.Templates.Scripting;
using static DocGen.Templates.Parsing.WordNames;

namespace DocGen.Templates.Parsing;

/// <summary>Compiles one XML part (the document body, a header, footer, footnotes, endnotes or comments): tags found, parsed, structured and emitted as render nodes.</summary>
internal static class PartCompiler
{
    private const long EmuPerTwip = 635;
    private const long DefaultCellMarginsTwips = 2 * 108;
    private const long A4TextWidthTwips = 8844;

    public static CompiledPart? Compile(string partName, byte[] xml, bool isMainPart, FontSizes fontSizes, List<Diagnostic> diagnostics, CompileDeadline deadline)
    {
        XDocument document;
        try
        {
            document = SafeXml.Load(xml);
        }
        catch (XmlException e)
        {
            diagnostics.Add(e is XmlTooComplexException tooComplex
                ? DiagnosticCatalog.TooComplex.Create(partName, $"the part is refused: {e.Message}", messageZh: tooComplex.MessageZh)
                : DiagnosticCatalog.BadPackage.Create(partName, $"the part is not well-formed XML: {e.Message}", messageZh: "这一部分不是格式正确的 XML"));
            return null;
        }
        try
        {
            return Compile(partName, document.Root!, isMainPart, fontSizes, diagnostics, deadline);
        }
        catch (CompileDeadlineException e)
        {
            diagnostics.Add(DiagnosticCatalog.TooComplex.Create(partName, e.Message, messageZh: "读取模板超过了时间限制"));
            return null;
        }
    }

    private static CompiledPart Compile(string partName, XElement root, bool isMainPart, FontSizes fontSizes, List<Diagnostic> diagnostics, CompileDeadline deadline)
    {
        var locations = new LocationMap(partName, root);
        var occurrences = TagRunNormalizer.Normalize(root, locations, diagnostics, deadline);
        var parsed = new List<ParsedTag>(occurrences.Count);
        foreach (var occurrence in occurrences)
        {
            try
            {
                parsed.Add(new ParsedTag(occurrence, TagParser.Parse(occurrence.Text)));
            }
            catch (TagSyntaxException e)
            {
                diagnostics.Add(e.Kind.Create(occurrence.Location, e.Message, occurrence.Text, e.MessageZh));
            }
        }
        BlockStructurer.Structure(parsed, diagnostics, deadline);
        var repeatsIds = UniqueIds.AreRepeatedIn(root);

        var emitter = new NodeEmitter(root);
        var pageWidth = PageTextWidth(root);
        foreach (var tag in parsed)
        {
            deadline.Check();
            if (tag.Tag is not ValueTag value || tag.Occurrence.Run.Parent is null) continue;
            var run = tag.Occurrence.Run;
            var restart = (string?)null;
            if (value.Output == ValueOutput.Paragraphs)
            {
                if (run.Parent!.Name != P)
                {
                    diagnostics.Add(Misplaced(tag, "\"paragraphs\" needs its tag directly in a paragraph (not in a hyperlink or field)",
                        "「paragraphs」标签必须直接写在段落中（不能在超链接或域中）"));
                    continue;
                }
                var properties = run.Parent.Element(PPr) is { } pPr ? new XElement(pPr) : null;
                properties?.Element(SectPr)?.Remove();
                restart = "</w:p><w:p>" + emitter.Serialize(properties);
            }
            if (!isMainPart && value.Output == ValueOutput.Image)
            {
                diagnostics.Add(Misplaced(tag, "images can only be placed in the document body, not in a header, footer, note or comment",
                    "图片只能放在正文中，不能放在页眉、页脚、脚注、尾注或批注里"));
                continue;
            }
            if (value.Output == ValueOutput.Image) AllowPictureHeight(run.Ancestors(P).First());
            var availableWidth = AvailableWidth(run, pageWidth);
            var fit = value.Output == ValueOutput.Text && run.Ancestors(Tc).Any()
                ? new CellFit(availableWidth, fontSizes.HalfPointsOf(run), emitter.Serialize(WithNarrowing(run.Element(RPr))))
                : null;
            var node = new ValueNode(value, tag.Occurrence.Location, emitter.Serialize(run.Element(RPr)), restart, availableWidth * EmuPerTwip, fit);
            // The run becomes the placeholder in place: replacing a node costs a walk over all its siblings.
            run.RemoveAll();
            run.Name = Value;
            run.AddAnnotation(node);
        }
        return new CompiledPart(partName, emitter.Emit(), repeatsIds);
    }

    // Official body text uses exact line spacing (28 pt), which would crop a picture to one line: a paragraph
    // that holds a picture gets automatic spacing instead.
    private static readonly XName[] AfterSpacing =
        [W + "ind", W + "contextualSpacing", W + "mirrorIndents", W + "suppressOverlap", W + "jc", W + "textDirection", W + "textAlignment",
         W + "textboxTightWrap", W + "outlineLvl", W + "divId", W + "cnfStyle", RPr, SectPr, W + "pPrChange"];

    private static void AllowPictureHeight(XElement paragraph)
    {
        var properties = paragraph.Element(PPr);
        if (properties is null)
        {
            properties = new XElement(PPr);
            paragraph.AddFirst(properties);
        }
        var spacing = properties.Element(W + "spacing");
        if (spacing is null)
        {
            spacing = new XElement(W + "spacing");
            var next = properties.Elements().FirstOrDefault(e => AfterSpacing.Contains(e.Name));
            if (next is null) properties.Add(spacing);
            else next.AddBeforeSelf(spacing);
        }
        spacing.SetAttributeValue(W + "line", "240");
        spacing.SetAttributeValue(W + "lineRule", "auto");
    }

    // CT_RPr is a sequence: w:w, w:sz and w:szCs each go before the first of their successors the properties have.
    private static readonly XName[] RunPropertyOrder =
        [W + "rStyle", W + "rFonts", W + "b", W + "bCs", W + "i", W + "iCs", W + "caps", W + "smallCaps", W + "strike", W + "dstrike",
         W + "outline", W + "shadow", W + "emboss", W + "imprint", W + "noProof", W + "snapToGrid", W + "vanish", W + "webHidden",
         W + "color", W + "spacing", W + "w", W + "kern", W + "position", W + "sz", W + "szCs", W + "highlight", W + "u", W + "effect",
         W + "bdr", W + "shd", W + "fitText", W + "vertAlign", W + "rtl", W + "cs", W + "em", W + "lang", W + "eastAsianLayout",
         W + "specVanish", W + "oMath", W + "rPrChange"];

    /// <summary>A copy of the run properties with a character scale and a size that are filled in when a value is rendered.</summary>
    private static XElement WithNarrowing(XElement? properties)
    {
        var copy = properties is null ? new XElement(RPr) : new XElement(properties);
        Set(copy, W + "w", CellFit.ScalePlaceholder);
        Set(copy, W + "sz", CellFit.SizePlaceholder);
        Set(copy, W + "szCs", CellFit.SizePlaceholder);
        return copy;
    }

    private static void Set(XElement properties, XName name, string value)
    {
        properties.Element(name)?.Remove();
        var element = new XElement(name, new XAttribute(Val, value));
        var position = Array.IndexOf(RunPropertyOrder, name);
        var next = properties.Elements().FirstOrDefault(e => Array.IndexOf(RunPropertyOrder, e.Name) is var i && (i < 0 || i > position));
        if (next is null) properties.Add(element);
        else next.AddBeforeSelf(element);
    }

    private static Diagnostic Misplaced(ParsedTag tag, string message, string messageZh) =>
        DiagnosticCatalog.MisplacedTag.Create(tag.Occurrence.Location, message, tag.Occurrence.Text, messageZh);

    private static long PageTextWidth(XElement root)
    {
        var section = root.Descendants(SectPr).LastOrDefault();
        var width = Twips(section?.Element(PgSz), WAttr);
        if (width is null) return A4TextWidthTwips;
        var margins = section!.Element(PgMar);
        return Math.Max(1000, width.Value - (Twips(margins, Left) ?? 1800) - (Twips(margins, Right) ?? 1800));
    }

    /// <summary>The width an image or a line of text may take: its cell's width less the cell margins, or the page's text width.</summary>
    private static long AvailableWidth(XElement run, long pageWidth)
    {
        var cell = run.Ancestors(Tc).FirstOrDefault();
        if (cell is null) return pageWidth;
        var width = cell.Element(TcPr)?.Element(TcW) is { } tcW && (string?)tcW.Attribute(W + "type") is null or "dxa" ? Twips(tcW, WAttr) : null;
        width ??= GridWidth(cell);
        return Math.Max(500, (width ?? pageWidth) - DefaultCellMarginsTwips);
    }

    private static long? GridWidth(XElement cell)
    {
        var table = cell.Ancestors(Tbl).First();
        var columns = table.Element(TblGrid)?.Elements(GridCol).Select(c => Twips(c, WAttr) ?? 0).ToList();
        if (columns is null || columns.Count == 0) return null;
        var start = cell.ElementsBeforeSelf(Tc).Sum(Span);
        return columns.Skip(start).Take(Span(cell)).Sum();
    }

    private static int Span(XElement cell) => (int?)cell.Element(TcPr)?.Element(GridSpan)?.Attribute(Val) ?? 1;

    private static long? Twips(XElement? element, XName attribute) =>
        element?.Attribute(attribute) is { } a && long.TryParse(a.Value, out var v) ? v : null;
}
