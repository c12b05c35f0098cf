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
    /// <summary>The longest official form has under 300 tags; a part with far more is built to make compiling slow.</summary>
    public const int MaxTagsPerPart = 2000;

    public static List<TagOccurrence> Normalize(XElement root, LocationMap locations, List<Diagnostic> diagnostics, CompileDeadline deadline)
    {
        var found = new List<TagOccurrence>();
        foreach (var paragraph in root.Descendants(P).ToList())
        {
            deadline.Check();
            var texts = TextsOf(paragraph);
            if (texts.Count == 0) continue;
            var joined = string.Concat(texts.Select(t => t.Value));
            if (!joined.Contains("{{") && !joined.Contains("}}")) continue;

            var spans = FindSpans(joined, locations.Of(paragraph), diagnostics);
            if (spans.Count == 0) continue;
            if (found.Count + spans.Count > MaxTagsPerPart)
            {
                diagnostics.Add(DiagnosticCatalog.TooComplex.Create(locations.Of(paragraph),
                    $"the part holds more than {MaxTagsPerPart} tags; the rest are not read",
                    messageZh: $"这一部分的标签超过 {MaxTagsPerPart} 个，其余的没有读取"));
                break;
            }
            paragraph.Elements(ProofErr).Remove();
            var location = locations.Of(paragraph);
            foreach (var (start, end, run) in Isolate(paragraph, texts, joined, spans))
                found.Add(new TagOccurrence(run, joined[start..end], location));
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
                diagnostics.Add(DiagnosticCatalog.StrayClose.Create(location,
                    "\"}}\" without a \"{{\" before it; it is printed as text", Excerpt(text, strayClose),
                    "「}}」前面没有「{{」，它会作为文字印出"));
            }
            if (open < 0) break;
            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            var nextOpen = text.IndexOf("{{", open + 2, StringComparison.Ordinal);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            {
                diagnostics.Add(DiagnosticCatalog.UnclosedTag.Create(location,
                    "unclosed tag: \"{{\" has no \"}}\" in the same paragraph", Excerpt(text, open),
                    "标签没有结束：「{{」在同一段落中没有对应的「}}」"));
                i = nextOpen >= 0 ? nextOpen : text.Length;
                continue;
            }
            spans.Add((open, close + 2));
            i = close + 2;
        }
        return spans;
    }

    private static string Excerpt(string text, int at) => text.Substring(at, Math.Min(40, text.Length - at)).TrimEnd();

    /// <summary>
    /// Gives every tag a run of its own, in passes over the paragraph that each touch an element a bounded number of
    /// times: a paragraph of thousands of tags costs as much as its length, not its length squared.
    /// </summary>
    private static List<(int Start, int End, XElement Run)> Isolate(XElement paragraph, List<XElement> texts, string joined, List<(int Start, int End)> spans)
    {
        SplitAtBoundaries(texts, spans);
        var pieces = TextsOf(paragraph);
        var firsts = new List<XElement>(spans.Count);
        var next = 0;
        var offset = 0;
        foreach (var (start, end) in spans)
        {
            XElement? first = null;
            for (; next < pieces.Count && offset < end; next++)
            {
                var t = pieces[next];
                var length = t.Value.Length;
                if (offset >= start && length > 0)
                {
                    if (first is null) first = t;
                    else RemoveText(t);
                }
                offset += length;
            }
            first!.Value = joined[start..end];
            firsts.Add(first);
        }
        foreach (var group in firsts.GroupBy(t => t.Parent!).Where(g => g.Key.Name == R)) IsolateInOwnRuns(group.Key, group.ToHashSet());
        return spans.Select((span, i) => (span.Start, span.End, firsts[i].Parent!)).ToList();
    }

    /// <summary>Splits the w:t elements so that a w:t boundary falls at every tag's start and end.</summary>
    private static void SplitAtBoundaries(List<XElement> texts, List<(int Start, int End)> spans)
    {
        var cuts = spans.SelectMany(s => new[] { s.Start, s.End }).ToList();
        var cut = 0;
        var position = 0;
        foreach (var t in texts)
        {
            var value = t.Value;
            var inside = new List<int>();
            for (; cut < cuts.Count && cuts[cut] < position + value.Length; cut++)
                if (cuts[cut] > position) inside.Add(cuts[cut] - position);
            if (inside.Count > 0)
            {
                t.Value = value[..inside[0]];
                t.SetAttributeValue(XmlSpace, "preserve");
                var tails = inside.Select((at, i) => new XElement(T, new XAttribute(XmlSpace, "preserve"), value[at..(i + 1 < inside.Count ? inside[i + 1] : value.Length)]));
                t.AddAfterSelf(tails);
            }
            position += value.Length;
        }
    }

    private static void RemoveText(XElement t)
    {
        var run = t.Parent!;
        t.Remove();
        if (run.Name == R && !run.Elements().Any(e => e.Name != RPr)) run.Remove();
    }

    /// <summary>
    /// Moves the content of <paramref name="run"/> around its tags into runs of their own with the same formatting, so
    /// each tag's run holds only the tag. The last tag keeps the original run.
    /// </summary>
    private static void IsolateInOwnRuns(XElement run, HashSet<XElement> tags)
    {
        var properties = run.Element(RPr);
        XElement NewRun(IEnumerable<XElement> content) => new(R, properties is null ? null : new XElement(properties), content);
        var stretch = new List<XElement>();
        var last = run.Elements().Last(tags.Contains);
        foreach (var child in run.Elements().Where(e => e.Name != RPr).ToList())
        {
            if (!tags.Contains(child))
            {
                stretch.Add(child);
                continue;
            }
            if (stretch.Count > 0)
            {
                stretch.ForEach(e => e.Remove());
                run.AddBeforeSelf(NewRun(stretch));
                stretch = [];
            }
            if (child == last) continue;
            child.Remove();
            run.AddBeforeSelf(NewRun([child]));
        }
        if (stretch.Count > 0)
        {
            stretch.ForEach(e => e.Remove());
            run.AddAfterSelf(NewRun(stretch));
        }
    }

    internal static string TextOf(XElement element)
    {
        var sb = new StringBuilder();
        foreach (var t in element.Descendants(T)) sb.Append(t.Value);
        return sb.ToString();
    }
}
