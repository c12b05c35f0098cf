namespace DocGen.Templates.Extraction;

/// <summary>
/// Aligns a form's pattern with a filled document: the best-scoring way to read each block of the document as
/// a block of the form, a repetition of a loop, a branch of a condition, more of the value before it, or text the
/// form does not have. Fixed text found weighs by its length, so the form's own wording anchors everything else;
/// a block of the form may be missing (deleted) at a cost, and a block of the document may be extra (unmatched).
/// </summary>
internal sealed class Aligner
{
    private const double UnmatchedPenalty = -0.05;
    private const double MissingPenalty = -1.5;
    private const double ContinuedParagraph = 0.02;
    private const double ContinuedLine = 0.01;
    private static readonly Trail Impossible = Trail.Empty.Prepend(new MissingStep(), double.NegativeInfinity);

    private readonly Continuation.Table _positions = new();
    private readonly Dictionary<(Continuation, IReadOnlyList<DocNode>, int, bool, double), Trail> _memo = new();
    private readonly Dictionary<(ContainerPattern, DocContainer), Trail> _containers = new();
    private readonly Dictionary<(ParagraphPattern, DocParagraph), System.Text.RegularExpressions.Match?> _matches = new();

    public Trail Align(ContainerPattern pattern, DocContainer document) => Inside(pattern, document);

    private Trail Inside(ContainerPattern pattern, DocContainer document)
    {
        if (_containers.TryGetValue((pattern, document), out var known)) return known;
        var trail = Best(_positions.Get(pattern.Children, 0, null, false), document.Children, 0, progressed: false, absorbing: 0);
        _containers[(pattern, document)] = trail;
        return trail;
    }

    /// <param name="progressed">A block was taken since the innermost repetition began: only then may it end (no empty repetitions).</param>
    /// <param name="absorbing">
    /// Above zero when the last paragraph taken ended in a text value, so the next paragraph may continue it: more for
    /// a value printed as paragraphs than for one that is one paragraph by design.
    /// </param>
    private Trail Best(Continuation at, IReadOnlyList<DocNode> document, int j, bool progressed, double absorbing)
    {
        var key = (at, document, j, progressed, absorbing);
        if (_memo.TryGetValue(key, out var known)) return known;
        var best = Choose(at, document, j, progressed, absorbing);
        _memo[key] = best;
        return best;
    }

    private Trail Choose(Continuation at, IReadOnlyList<DocNode> document, int j, bool progressed, double absorbing)
    {
        var best = Impossible;
        void Consider(Trail candidate)
        {
            if (candidate.Score > best.Score) best = candidate;
        }

        var end = document.Count;
        if (absorbing > 0 && j < end && document[j] is DocParagraph more)
            Consider(Best(at, document, j + 1, true, absorbing).Prepend(new ContinuationStep(more), absorbing));
        if (at.AtEnd)
        {
            if (at.Parent is null)
            {
                Consider(Leftover(document, j));
            }
            else if (at.IsLoopBody) { if (progressed) Consider(Best(at.Parent, document, j, true, 0).Prepend(new IterationEndStep(), 0)); }
            else
            {
                Consider(Best(_positions.Next(at.Parent), document, j, progressed, 0));
            }

            return best;
        }

        var next = _positions.Next(at);
        if (j < end) Consider(Best(at, document, j + 1, true, 0).Prepend(new UnmatchedStep(document[j]), Penalty(document[j])));
        switch (at.Current)
        {
            case ParagraphPattern paragraph:
                Consider(Best(next, document, j, progressed, 0).Prepend(new MissingStep(), MissingPenalty));
                if (j < end && document[j] is DocParagraph filled) MatchParagraph(at, next, document, j, paragraph, filled, Consider);
                break;
            case ContainerPattern container:
                Consider(Best(next, document, j, progressed, 0).Prepend(new MissingStep(), MissingPenalty));
                if (j < end && document[j] is DocContainer box && box.Kind == container.Kind && box.Compact.Contains(container.Anchor, StringComparison.Ordinal))
                {
                    var inner = Inside(container, box);
                    Consider(Best(next, document, j + 1, true, 0).Prepend(new ContainerStep(container, box, inner), inner.Score + Bonus(container.Kind)));
                }
                break;
            case RepeatPattern repeat:
                Consider(Best(next, document, j, progressed, 0));
                Consider(Best(_positions.Get(repeat.Body, 0, at, true), document, j, false, 0).Prepend(new IterationStartStep(repeat), 0));
                break;
            case ChoicePattern choice:
                Consider(Best(_positions.Get(choice.Then, 0, at, false), document, j, progressed, 0));
                Consider(Best(_positions.Get(choice.Otherwise, 0, at, false), document, j, progressed, 0));
                break;
        }
        return best;
    }

    private Trail Leftover(IReadOnlyList<DocNode> document, int j)
    {
        var trail = Trail.Empty;
        for (var k = document.Count - 1; k >= j; k--) trail = trail.Prepend(new UnmatchedStep(document[k]), Penalty(document[k]));
        return trail;
    }

    private static double Penalty(DocNode node) => node is DocParagraph { IsBlank: true } ? 0 : UnmatchedPenalty;

    private void MatchParagraph(Continuation at, Continuation next, IReadOnlyList<DocNode> document, int j,
        ParagraphPattern paragraph, DocParagraph filled, Action<Trail> consider)
    {
        var score = 1.0 + paragraph.FixedWeight;
        if (paragraph.IsLiteral)
        {
            if (filled.Compact == paragraph.Compact)
            {
                consider(Best(next, document, j + 1, true, 0).Prepend(new ParagraphStep(paragraph, filled, null, null), score));
            }
            else if (paragraph.Compact.Length > 0 && filled.Compact.StartsWith(paragraph.Compact, StringComparison.Ordinal)
                     && !next.AtEnd && next.Current is ParagraphPattern { LoneSlot: not null } lone)
            {
                // Typed after the instructions, in the instructions' own paragraph: the rest is the value that follows them.
                var typed = After(filled.Text, paragraph.Compact.Length);
                consider(Best(_positions.Next(next), document, j + 1, true, Continues(lone))
                    .Prepend(new ParagraphStep(lone, filled, null, typed), 1.0 + lone.FixedWeight)
                    .Prepend(new ParagraphStep(paragraph, filled, null, null), score));
            }
            return;
        }
        if (paragraph.LoneSlot is not null)
        {
            consider(Best(next, document, j + 1, true, Continues(paragraph)).Prepend(new ParagraphStep(paragraph, filled, null, filled.Text), score));
            return;
        }
        if (!_matches.TryGetValue((paragraph, filled), out var match)) _matches[(paragraph, filled)] = match = paragraph.Match(filled);
        if (match is not null)
            consider(Best(next, document, j + 1, true, Continues(paragraph)).Prepend(new ParagraphStep(paragraph, filled, match, null), score));
    }

    /// <summary>The text after the first <paramref name="count"/> characters that are not white space.</summary>
    private static string After(string text, int count)
    {
        var i = 0;
        for (; i < text.Length && count > 0; i++)
            if (!TextCompare.IsSpace(text[i])) count--;
        return text[i..];
    }

    private static double Continues(ParagraphPattern paragraph) =>
        !paragraph.Absorbs ? 0 : paragraph.Parts.OfType<SlotPart>().LastOrDefault()?.Slot.Kind == SlotKind.Paragraphs ? ContinuedParagraph : ContinuedLine;

    private static double Bonus(ContainerKind kind) => kind switch
    {
        ContainerKind.Table => 2,
        ContainerKind.Row => 0.5,
        _ => 0.2,
    };
}
