using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using DocGen.Templates.Catalog;
using DocGen.Templates.Packaging;
using DocGen.Templates.Parsing;
using static DocGen.Templates.Parsing.WordNames;

namespace DocGen.Templates.Recognition;

/// <summary>
/// Tells which catalog form version a Word document is a copy of by its fixed text: the labels, headings and
/// instructions that are the same in the blank, in a template with its tags and in a filled copy. Paragraph texts
/// are compared without white space and without <c>{{ … }}</c> tags, weighted by their length, so a template whose
/// tags were edited (or mistyped) still matches its form, and a filled form matches on everything but its answers.
/// </summary>
public static partial class FixedTextRecognizer
{
    /// <summary>The least share of fixed text a document must have in common with a form to be taken for it.</summary>
    public const double Threshold = 0.6;

    private static readonly ConditionalWeakTable<FormVersion, Dictionary<string, int>> Known = new();

    /// <summary>The form version the document is a copy of, or null when none shares enough fixed text.</summary>
    public static FormMatch? Recognize(CatalogSnapshot catalog, byte[] docx)
    {
        var best = Rank(catalog, docx).FirstOrDefault();
        return best is { Score: >= Threshold } ? best : null;
    }

    /// <summary>Every catalog version by similarity, best first; of equally similar versions the newest first.</summary>
    public static IReadOnlyList<FormMatch> Rank(CatalogSnapshot catalog, byte[] docx)
    {
        var text = FixedText(docx);
        if (text.Count == 0) return [];
        return catalog.Forms.SelectMany(f => f.Versions)
            .Select(v => new FormMatch(v, Similarity(text, Known.GetValue(v, version => FixedText(version.TemplateBytes)))))
            .OrderByDescending(m => m.Score)
            .ThenByDescending(m => m.Version.Version, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Shared text over all text (Dice coefficient over paragraphs weighted by length).</summary>
    private static double Similarity(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        long shared = 0, total = 0;
        foreach (var (text, count) in a)
        {
            total += (long)text.Length * count;
            if (b.TryGetValue(text, out var other)) shared += (long)text.Length * Math.Min(count, other);
        }
        foreach (var (text, count) in b) total += (long)text.Length * count;
        return total == 0 ? 0 : 2.0 * shared / total;
    }

    /// <summary>The body's paragraph texts without tags and white space, each with how often it occurs.</summary>
    private static Dictionary<string, int> FixedText(byte[] docx)
    {
        var texts = new Dictionary<string, int>(StringComparer.Ordinal);
        var package = DocxPackage.TryRead(docx, out _);
        if (package?.Find("word/document.xml") is not { } part) return texts;
        System.Xml.Linq.XDocument document;
        try
        {
            document = SafeXml.Load(part);
        }
        catch (XmlException)
        {
            return texts;
        }
        foreach (var paragraph in document.Descendants(P))
        {
            var raw = string.Concat(paragraph.Descendants(T).Select(t => t.Value));
            foreach (var piece in Tag().Split(raw))
            {
                var compact = Compact(piece);
                if (compact.Length > 0) texts[compact] = texts.GetValueOrDefault(compact) + 1;
            }
        }
        return texts;
    }

    private static string Compact(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u200B' or '\uFEFF')) sb.Append(c);
        return sb.ToString();
    }

    [GeneratedRegex(@"\{\{.*?(\}\}|$)", RegexOptions.Singleline)]
    private static partial Regex Tag();
}
