using System.Text;
using System.Xml.Linq;
using DocGen.Templates.Diagnostics;
using static DocGen.Templates.Parsing.WordNames;

namespace DocGen.Templates.Parsing;

/// <summary>
/// Word splits what the author typed across runs (spell-check marks, a changed font on half a word, an
/// autocorrect, a bookmark). This pass reads each paragraph's text as one string, finds the tags in it, and
/// rewrites the runs so that every tag stands alone in one run carrying the formatting of its first character.
/// </summary>
internal static class TagRunNormalizer
{
    public static List<TagOccurrence> Normalize(XElement root, LocationMap locations, List<Diagnostic> diagnostics)
    {
        var found = new List<TagOccurrence>();
        foreach (var paragraph in root.Descendants(P).ToList())
        {
            var texts = TextsOf(paragraph);
            if (texts.Count == 0) continue;
            var joined = string.Concat(texts.Select(t => t.Value));
            if (!joined.Contains("{{") && !joined.Contains("}}")) continue;

            var spans = FindSpans(joined, locations.Of(paragraph), diagnostics);
            if (spans.Count == 0) continue;
            paragraph.Elements(ProofErr).Remove();

            // Later spans first: isolating a span only splits text at or after its start, so earlier offsets stay valid.
            var isolated = new List<TagOccurrence>(spans.Count);
            for (var i = spans.Count - 1; i >= 0; i--)
            {
                var (start, end) = spans[i];
                var run = Isolate(paragraph, start, end, joined[start..end]);
                isolated.Add(new TagOccurrence(run, joined[start..end], locations.Of(paragraph)));
            }
            isolated.Reverse();
            found.AddRange(isolated);
        }
        return found;
    }

    private static List<XElement> TextsOf(XElement paragraph) =>
        paragraph.Descendants(T).Where(t => t.Ancestors(P).First() == paragraph).ToList();

    private static List<(int Start, int End)> FindSpans(string text, string location, List<Diagnostic> diagnostics)
    {
        var spans = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf("{{", i, StringComparison.Ordinal);
            var strayClose = text.IndexOf("}}", i, StringComparison.Ordinal);
            if (strayClose >= 0 && (open < 0 || strayClose < open))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.StrayClose, DiagnosticSeverity.Warning, location,
                    "\"}}\" without a \"{{\" before it; it is printed as text", Excerpt(text, strayClose)));
            }
            if (open < 0) break;
            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            var nextOpen = text.IndexOf("{{", open + 2, StringComparison.Ordinal);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.UnclosedTag, DiagnosticSeverity.Error, location,
                    "unclosed tag: \"{{\" has no \"}}\" in the same paragraph", Excerpt(text, open)));
                i = nextOpen >= 0 ? nextOpen : text.Length;
                continue;
            }
            spans.Add((open, close + 2));
            i = close + 2;
        }
        return spans;
    }

    private static string Excerpt(string text, int at) => text.Substring(at, Math.Min(40, text.Length - at)).TrimEnd();

    private static XElement Isolate(XElement paragraph, int start, int end, string tagText)
    {
        SplitAt(paragraph, end);
        SplitAt(paragraph, start);
        var texts = new List<XElement>();
        var offset = 0;
        foreach (var t in TextsOf(paragraph))
        {
            var length = t.Value.Length;
            if (offset >= start && offset + length <= end && length > 0) texts.Add(t);
            offset += length;
        }
        var first = texts[0];
        first.Value = tagText;
        foreach (var t in texts.Skip(1))
        {
            var run = t.Parent!;
            t.Remove();
            if (run.Name == R && !run.Elements().Any(e => e.Name != RPr)) run.Remove();
        }
        return IsolateInOwnRun(first);
    }

    /// <summary>Splits the w:t holding <paramref name="offset"/> so that a w:t boundary falls exactly there.</summary>
    private static void SplitAt(XElement paragraph, int offset)
    {
        var position = 0;
        foreach (var t in TextsOf(paragraph))
        {
            var length = t.Value.Length;
            if (offset > position && offset < position + length)
            {
                var local = offset - position;
                var tail = new XElement(T, new XAttribute(XmlSpace, "preserve"), t.Value[local..]);
                t.Value = t.Value[..local];
                t.SetAttributeValue(XmlSpace, "preserve");
                t.AddAfterSelf(tail);
                return;
            }
            position += length;
        }
    }

    /// <summary>Moves the run content before and after <paramref name="t"/> into runs of their own, so the tag's run holds only the tag.</summary>
    private static XElement IsolateInOwnRun(XElement t)
    {
        var run = t.Parent!;
        if (run.Name != R) return run;
        var properties = run.Element(RPr);
        var before = t.ElementsBeforeSelf().Where(e => e.Name != RPr).ToList();
        var after = t.ElementsAfterSelf().ToList();
        if (before.Count > 0)
        {
            before.ForEach(e => e.Remove());
            run.AddBeforeSelf(new XElement(R, properties is null ? null : new XElement(properties), before));
        }
        if (after.Count > 0)
        {
            after.ForEach(e => e.Remove());
            run.AddAfterSelf(new XElement(R, properties is null ? null : new XElement(properties), after));
        }
        return run;
    }

    internal static string TextOf(XElement element)
    {
        var sb = new StringBuilder();
        foreach (var t in element.Descendants(T)) sb.Append(t.Value);
        return sb.ToString();
    }
}
