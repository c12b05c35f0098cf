using System.Text;
using System.Text.RegularExpressions;

namespace DocGen.Templates.Extraction;

/// <summary>
/// A paragraph of the form: fixed text with slots between. It matches a filled paragraph whose fixed text is
/// the same up to white space; the slots capture what stands between.
/// </summary>
internal sealed class ParagraphPattern : PatternNode
{
    private const string Space = @"[\s\u3000\u00A0\u200B\uFEFF]";
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private readonly List<SlotGroup> _slots = [];
    private Regex? _regex;

    public ParagraphPattern(IReadOnlyList<InlinePart> parts)
    {
        Parts = parts;
        IsLiteral = parts.All(p => p is LiteralPart);
        Compact = TextCompare.Compact(string.Concat(parts.OfType<LiteralPart>().Select(p => p.Text)));
        FixedWeight = Weight(parts);
        Anchor = LongestLiteral(parts);
        var last = parts.LastOrDefault(p => p is not LiteralPart l || TextCompare.Compact(l.Text).Length > 0);
        Absorbs = last is SlotPart { Slot.Kind: SlotKind.Paragraphs } or SlotPart { Slot.Kind: SlotKind.Text, Slot.Multiline: true };
        LoneSlot = parts.Count(p => p is not LiteralPart l || TextCompare.Compact(l.Text).Length > 0) == 1
            && last is SlotPart { Slot.Kind: SlotKind.Text or SlotKind.Paragraphs or SlotKind.Number or SlotKind.Date or SlotKind.Join } lone ? lone.Slot : null;
    }

    public IReadOnlyList<InlinePart> Parts { get; }

    /// <summary>Nothing but fixed text: it matches a paragraph whose <see cref="DocParagraph.Compact"/> text is <see cref="Compact"/>.</summary>
    public bool IsLiteral { get; }

    /// <summary>The fixed text without white space.</summary>
    public string Compact { get; }

    /// <summary>How many fixed characters a match proves: the weight of this match against others.</summary>
    public int FixedWeight { get; }

    /// <summary>The longest fixed text that any match contains (white space removed): a cheap test before the expression.</summary>
    public string Anchor { get; }

    /// <summary>Ends in a text slot: paragraphs that follow in a filled document can be more lines of that value.</summary>
    public bool Absorbs { get; }

    /// <summary>The slot when the paragraph is nothing but one value, so text typed anywhere in it is that value.</summary>
    public FieldSlot? LoneSlot { get; }

    public IReadOnlyList<SlotGroup> Slots
    {
        get
        {
            _ = Expression;
            return _slots;
        }
    }

    public Match? Match(DocParagraph paragraph)
    {
        if (IsLiteral) return null;
        if (Anchor.Length > 0 && !paragraph.Compact.Contains(Anchor, StringComparison.Ordinal)) return null;
        try
        {
            var match = Expression.Match(paragraph.Text);
            return match.Success ? match : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private Regex Expression => _regex ??= Build();

    private Regex Build()
    {
        var sb = new StringBuilder("^");
        sb.Append(Space).Append(Parts.FirstOrDefault() is LiteralPart ? "*" : "*?");
        Emit(Parts, sb, null);
        sb.Append(Space).Append("*$");
        return new Regex(sb.ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant, MatchTimeout);
    }

    private void Emit(IReadOnlyList<InlinePart> parts, StringBuilder sb, InlineRepeatPart? repeat)
    {
        foreach (var part in parts)
        {
            switch (part)
            {
                case LiteralPart literal:
                    EmitLiteral(literal.Text, sb);
                    break;
                case SlotPart { Slot.Kind: SlotKind.Fixed } fixedSlot:
                    if (fixedSlot.Slot.FixedText is { } text) EmitLiteral(text, sb);
                    else sb.Append("(?:.*?)");
                    break;
                case SlotPart slot:
                    var group = "g" + _slots.Count;
                    _slots.Add(new SlotGroup(slot.Slot, group, repeat));
                    sb.Append(slot.Slot.Kind switch
                    {
                        SlotKind.Check => $"(?<{group}>[{TextCompare.Boxes}])?{Space}*",
                        SlotKind.Image => $"(?<{group}>{DocParagraph.ImageMark}?)",
                        // A field with listed values takes one of them first, so two values printed side by side come apart.
                        _ when slot.Slot.Choices.Count > 0 =>
                            $"(?<{group}>{string.Join('|', slot.Slot.Choices.OrderByDescending(c => c.Length).Select(Regex.Escape))}|.*?)",
                        _ => $"(?<{group}>.*?)",
                    });
                    break;
                case InlineRepeatPart loop:
                    sb.Append("(?:");
                    Emit(loop.Body, sb, loop);
                    sb.Append(")*?");
                    break;
                case InlineChoicePart choice:
                    // The branch with more fixed text first, so a slot does not swallow what the other branch prints.
                    var branches = new[] { choice.Then, choice.Otherwise }.OrderByDescending(Weight).ToArray();
                    sb.Append("(?:");
                    Emit(branches[0], sb, repeat);
                    sb.Append('|');
                    Emit(branches[1], sb, repeat);
                    sb.Append(')');
                    break;
            }
        }
    }

    private static void EmitLiteral(string text, StringBuilder sb)
    {
        var compact = TextCompare.Compact(text);
        if (compact.Length == 0)
        {
            // Spaces alone between two values are what tells them apart.
            if (text.Length > 0) sb.Append(Space).Append('+');
            return;
        }
        if (TextCompare.IsSpace(text[0])) sb.Append(Space).Append('*');
        for (var i = 0; i < compact.Length; i++)
        {
            if (i > 0) sb.Append(Space).Append('*');
            sb.Append(Regex.Escape(compact[i].ToString()));
        }
        if (TextCompare.IsSpace(text[^1])) sb.Append(Space).Append('*');
    }

    private static int Weight(IReadOnlyList<InlinePart> parts) => parts.Sum(p => p switch
    {
        LiteralPart l => TextCompare.Compact(l.Text).Length,
        SlotPart { Slot.FixedText: { } text } => TextCompare.Compact(text).Length,
        InlineChoicePart c => Math.Min(Weight(c.Then), Weight(c.Otherwise)),
        _ => 0,
    });

    private static string LongestLiteral(IReadOnlyList<InlinePart> parts) =>
        parts.OfType<LiteralPart>().Select(l => TextCompare.Compact(l.Text)).OrderByDescending(t => t.Length).FirstOrDefault() ?? "";
}
