using System.Xml.Linq;
using DocGen.Templates.Diagnostics;
using DocGen.Templates.Scripting;
using static DocGen.Templates.Parsing.WordNames;

namespace DocGen.Templates.Parsing;

/// <summary>
/// Turns <c>for</c>/<c>if</c>/<c>case</c> blocks (with their <c>else if</c>, <c>else</c> and <c>when</c>) into wrapper
/// elements around what they govern. Where
/// the two tags stand decides the range (docs/template-language.md): one paragraph → the runs between them;
/// sibling paragraphs or tables → those blocks; rows of one table → that group of rows.
/// </summary>
internal static class BlockStructurer
{
    private sealed class OpenBlock(ParsedTag start)
    {
        public ParsedTag Start { get; } = start;

        /// <summary>The tags that start the block's later branches: <c>else if</c>, <c>when</c>, <c>else</c>.</summary>
        public List<ParsedTag> Branches { get; } = [];

        public bool HasElse => Branches.Count > 0 && Branches[^1].Tag is ElseTag;

        public bool Accepts(Tag branch) => !HasElse && (Start.Tag, branch) switch
        {
            (IfTag, ElseIfTag or ElseTag) => true,
            (CaseTag, WhenTag) => true,
            (CaseTag, ElseTag) => Branches.Count > 0,
            _ => false,
        };
    }

    /// <summary>Official forms nest a loop or a condition a few levels; the tree built here is walked recursively at render.</summary>
    public const int MaxNesting = 32;

    public static void Structure(IReadOnlyList<ParsedTag> tags, List<Diagnostic> diagnostics, CompileDeadline deadline)
    {
        var stack = new Stack<OpenBlock>();
        var markers = new List<XElement>();
        foreach (var tag in tags)
        {
            deadline.Check();
            switch (tag.Tag)
            {
                case ForTag or IfTag or CaseTag:
                    if (stack.Count == MaxNesting)
                    {
                        diagnostics.Add(Error(DiagnosticCatalog.TooComplex, tag, $"\"{Keyword(tag.Tag)}\" blocks are nested more than {MaxNesting} deep",
                            $"「{Keyword(tag.Tag)}」块嵌套超过 {MaxNesting} 层"));
                        return;
                    }
                    stack.Push(new OpenBlock(tag));
                    break;
                case ElseIfTag or ElseTag or WhenTag:
                    if (stack.Count == 0 || !stack.Peek().Accepts(tag.Tag))
                    {
                        diagnostics.Add(tag.Tag is WhenTag
                            ? Error(DiagnosticCatalog.UnopenedBlock, tag, "\"when\" without an open \"case\" (or after its \"else\")",
                                "「when」前面没有未结束的「case」，或写在了它的「else」之后")
                            : Error(DiagnosticCatalog.UnopenedBlock, tag, $"\"{Keyword(tag.Tag)}\" without an open \"if\" (or \"case\" with a \"when\"), or after its \"else\"",
                                $"「{Keyword(tag.Tag)}」前面没有未结束的「if」，或写在了它的「else」之后"));
                    }
                    else
                    {
                        stack.Peek().Branches.Add(tag);
                    }

                    break;
                case EndTag:
                    if (stack.Count == 0)
                    {
                        diagnostics.Add(Error(DiagnosticCatalog.UnopenedBlock, tag, "\"end\" without an open \"for\" or \"if\"",
                            "「end」前面没有未结束的「for」或「if」"));
                    }
                    else
                    {
                        Wrap(stack.Pop(), tag, markers, diagnostics);
                    }

                    break;
            }
        }
        foreach (var open in stack)
        {
            diagnostics.Add(Error(DiagnosticCatalog.UnclosedBlock, open.Start, $"\"{Keyword(open.Start.Tag)}\" is never closed with \"{{{{ end }}}}\"",
                $"「{Keyword(open.Start.Tag)}」没有用「{{{{ end }}}}」结束"));
        }
        RemoveEmptyMarkers(markers);
    }

    private static string Keyword(Tag tag) => tag switch
    {
        ForTag => "for",
        CaseTag => "case",
        ElseIfTag => "else if",
        ElseTag => "else",
        WhenTag => "when",
        _ => "if",
    };

    private static void Wrap(OpenBlock block, ParsedTag end, List<XElement> markers, List<Diagnostic> diagnostics)
    {
        var startRun = block.Start.Occurrence.Run;
        var endRun = end.Occurrence.Run;
        var common = CommonAncestor(startRun, endRun);
        var inline = startRun.Ancestors(P).First() == endRun.Ancestors(P).First();
        // Block ranges run between the paragraphs holding the tags; a tag buried in a table inside the range cannot delimit it.
        var blockOk = inline || common?.Name == Tbl || common?.Name == Tr || HoldsRows(common)
            || (startRun.Ancestors(P).First().Parent == common && endRun.Ancestors(P).First().Parent == common);
        if (common is null || !blockOk)
        {
            diagnostics.Add(Error(DiagnosticCatalog.BadRange, block.Start,
                $"\"{Keyword(block.Start.Tag)}\" and its \"end\" ({end.Occurrence.Location}) must stand in one paragraph, in sibling paragraphs, or in rows of one table",
                $"「{Keyword(block.Start.Tag)}」和它的「end」必须在同一段落、相邻的段落或同一表格的行中"));
            return;
        }
        // Tags in two cells of one row govern that row.
        if (!inline && common.Name == Tr) common = common.Parent!;
        var unit = inline ? null : common.Name == Tbl || HoldsRows(common) ? Tr : P;
        if (unit == P)
        {
            SplitOff(ChildOnPath(common, startRun), startRun, beforeTag: true);
            SplitOff(ChildOnPath(common, endRun), endRun, beforeTag: false);
        }
        var first = ChildOnPath(common, startRun);
        var last = ChildOnPath(common, endRun);

        var wrapper = new XElement(block.Start.Tag switch { ForTag => For, CaseTag => Case, _ => If });
        wrapper.AddAnnotation(block.Start.Tag);
        wrapper.AddAnnotation(block.Start.Occurrence.Location);
        // Rebuilt in one pass: removing or inserting one node walks its siblings, so moving members one by one
        // would cost the square of the body's length.
        var siblings = common.Nodes().ToList();
        var from = siblings.IndexOf(first);
        var to = siblings.IndexOf(last, from);
        common.RemoveNodes();
        wrapper.Add(siblings.GetRange(from, to - from + 1));
        common.Add(siblings.GetRange(0, from), wrapper, siblings.GetRange(to + 1, siblings.Count - to - 1));

        if (unit is not null)
        {
            markers.Add(startRun.Ancestors(unit).First());
            markers.Add(endRun.Ancestors(unit).First());
        }
        startRun.Remove();
        endRun.Remove();
        if (wrapper.Name != For) SplitBranches(wrapper, block, unit, inline, diagnostics);
    }

    /// <summary>
    /// Divides an <c>if</c> or <c>case</c> wrapper into one branch element per condition, at the tags that start
    /// branches. Such a tag stands alone in its paragraph or row (or, inline, between the block's own tags), and
    /// that holder belongs to no branch. What a <c>case</c> holds before its first <c>when</c> is not rendered.
    /// </summary>
    private static void SplitBranches(XElement wrapper, OpenBlock block, XName? unit, bool inline, List<Diagnostic> diagnostics)
    {
        var holders = new List<XNode>();
        foreach (var branch in block.Branches)
        {
            var run = branch.Occurrence.Run;
            var holder = run.AncestorsAndSelf().FirstOrDefault(a => a.Parent == wrapper);
            var alone = holder is not null && (holder == run || (unit is not null && holder.Name == unit && holder.Descendants(T).All(t => t.Value == branch.Occurrence.Text)));
            if (!alone)
            {
                diagnostics.Add(inline
                    ? Error(DiagnosticCatalog.BadRange, branch, $"\"{Keyword(branch.Tag)}\" must stand in the same paragraph as its \"{Keyword(block.Start.Tag)}\" and \"end\"",
                        $"「{Keyword(branch.Tag)}」必须和它的「{Keyword(block.Start.Tag)}」「end」在同一段落中")
                    : Error(DiagnosticCatalog.BadRange, branch, $"\"{Keyword(branch.Tag)}\" must stand alone in its own paragraph or row, beside its \"{Keyword(block.Start.Tag)}\" and \"end\"",
                        $"「{Keyword(branch.Tag)}」必须单独占一个段落或一行，与它的「{Keyword(block.Start.Tag)}」「end」并列"));
                return;
            }
            holders.Add(holder!);
        }
        var parts = new List<XElement>();
        var current = new XElement(Branch);
        current.AddAnnotation(block.Start.Tag);
        var next = 0;
        foreach (var node in wrapper.Nodes().ToList())
        {
            node.Remove();
            if (next < holders.Count && node == holders[next])
            {
                parts.Add(current);
                current = new XElement(Branch);
                current.AddAnnotation(block.Branches[next++].Tag);
                continue;
            }
            current.Add(node);
        }
        parts.Add(current);
        wrapper.Add(block.Start.Tag is CaseTag ? parts.Skip(1) : parts);
    }

    /// <summary>
    /// What stands in the paragraph of a start tag before it, or in the paragraph of an end tag after it, is outside
    /// the block: it moves to a paragraph of its own beside the block, so it prints once whatever the data. So do the
    /// section properties of either paragraph, and, when the tag's paragraph holds no text of its own (a marker),
    /// the page and column breaks in it. Nothing moves when there is nothing to keep.
    /// </summary>
    private static void SplitOff(XElement paragraph, XElement tagRun, bool beforeTag)
    {
        var anchor = ChildOnPath(paragraph, tagRun);
        var outside = (beforeTag ? anchor.NodesBeforeSelf() : anchor.NodesAfterSelf()).Where(IsNotProperties).ToList();
        var inside = (beforeTag ? anchor.NodesAfterSelf() : anchor.NodesBeforeSelf()).Where(IsNotProperties).ToList();
        var marker = !inside.OfType<XElement>().Any(e => IsContent(e) || HasContent(e));
        var moved = !marker ? outside : beforeTag ? [.. outside, .. inside] : [.. inside, .. outside];
        var section = paragraph.Element(PPr)?.Element(SectPr);
        if (section is null && !moved.OfType<XElement>().Any(e => IsContent(e) || HasContent(e) || IsBreak(e) || e.Descendants().Any(IsBreak))) return;

        var piece = new XElement(P, paragraph.Element(PPr) is { } properties ? new XElement(properties) : null);
        section?.Remove();
        foreach (var node in moved) node.Remove();
        piece.Add(moved);
        if (beforeTag) paragraph.AddBeforeSelf(piece);
        else paragraph.AddAfterSelf(piece);
    }

    /// <summary>Rows of a table may stand in a content control (a repeating section, a locked group of rows).</summary>
    private static bool HoldsRows(XElement? element) => element?.Name == SdtContent && element.Elements(Tr).Any();

    private static bool IsNotProperties(XNode node) => node is not XElement { Name.LocalName: "pPr" };

    private static bool IsBreak(XElement e) => e.Name == Br && (string?)e.Attribute(W + "type") is "page" or "column";

    /// <summary>A paragraph or row that held nothing but block tags is a marker: it disappears from the output.</summary>
    private static void RemoveEmptyMarkers(List<XElement> markers)
    {
        foreach (var marker in markers.Distinct())
        {
            if (marker.Parent is null || HasContent(marker)) continue;
            if (marker.Name == P && marker.Element(PPr)?.Element(SectPr) is not null) continue;
            marker.Remove();
        }
    }

    internal static bool HasContent(XElement element) => element.Descendants().Any(IsContent);

    private static bool IsContent(XElement e) =>
        (e.Name == T && e.Value.Length > 0) || e.Name == Drawing || e.Name == Pict || e.Name == WordNames.Object || e.Name == Sym
        || e.Name.Namespace == Private;

    private static XElement? CommonAncestor(XElement a, XElement b)
    {
        var ancestors = a.Ancestors().ToHashSet();
        return b.Ancestors().FirstOrDefault(ancestors.Contains);
    }

    private static XElement ChildOnPath(XElement ancestor, XElement descendant) =>
        descendant.AncestorsAndSelf().First(e => e.Parent == ancestor);

    private static Diagnostic Error(DiagnosticKind kind, ParsedTag tag, string message, string messageZh) =>
        kind.Create(tag.Occurrence.Location, message, tag.Occurrence.Text, messageZh);
}
