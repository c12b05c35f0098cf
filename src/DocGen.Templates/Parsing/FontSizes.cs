using System.Xml.Linq;
using static DocGen.Templates.Parsing.WordNames;

namespace DocGen.Templates.Parsing;

/// <summary>
/// The font size a run is set in, as Word resolves it: the run's own <c>w:sz</c>, its character style, its paragraph's
/// style (or the default paragraph style), each through <c>w:basedOn</c>, then the document defaults (10 pt without them).
/// </summary>
internal sealed class FontSizes
{
    private const int WordDefaultHalfPoints = 20;
    private const int MaxStyleDepth = 16;

    private readonly Dictionary<string, XElement> _styles;
    private readonly string? _defaultParagraphStyle;
    private readonly int _documentDefault;

    private FontSizes(Dictionary<string, XElement> styles, string? defaultParagraphStyle, int documentDefault) =>
        (_styles, _defaultParagraphStyle, _documentDefault) = (styles, defaultParagraphStyle, documentDefault);

    /// <summary>Reads <c>word/styles.xml</c>; a missing or unreadable part leaves only Word's default.</summary>
    public static FontSizes From(byte[]? stylesXml)
    {
        XElement? root = null;
        if (stylesXml is not null)
        {
            try
            {
                root = SafeXml.Load(stylesXml).Root;
            }
            catch (System.Xml.XmlException)
            {
                // The part is reported by the package checks; sizes fall back to Word's default.
            }
        }
        var styles = new Dictionary<string, XElement>(StringComparer.Ordinal);
        string? defaultParagraph = null;
        foreach (var style in root?.Elements(W + "style") ?? [])
        {
            if ((string?)style.Attribute(W + "styleId") is not { } id) continue;
            styles.TryAdd(id, style);
            if ((string?)style.Attribute(W + "type") == "paragraph" && (string?)style.Attribute(W + "default") is "1" or "true") defaultParagraph = id;
        }
        var defaults = Size(root?.Element(W + "docDefaults")?.Element(W + "rPrDefault")?.Element(RPr)) ?? WordDefaultHalfPoints;
        return new FontSizes(styles, defaultParagraph, defaults);
    }

    /// <summary>The size of <paramref name="run"/> in half-points.</summary>
    public int HalfPointsOf(XElement run)
    {
        var properties = run.Element(RPr);
        if (Size(properties) is { } own) return own;
        if (StyleSize((string?)properties?.Element(W + "rStyle")?.Attribute(Val)) is { } character) return character;
        var paragraphStyle = (string?)run.Ancestors(P).FirstOrDefault()?.Element(PPr)?.Element(W + "pStyle")?.Attribute(Val) ?? _defaultParagraphStyle;
        return StyleSize(paragraphStyle) ?? _documentDefault;
    }

    private int? StyleSize(string? id)
    {
        for (var depth = 0; id is not null && depth < MaxStyleDepth && _styles.TryGetValue(id, out var style); depth++)
        {
            if (Size(style.Element(RPr)) is { } size) return size;
            id = (string?)style.Element(W + "basedOn")?.Attribute(Val);
        }
        return null;
    }

    private static int? Size(XElement? properties) =>
        properties?.Element(W + "sz")?.Attribute(Val) is { } value && int.TryParse(value.Value, out var halfPoints) && halfPoints > 0 ? halfPoints : null;
}
