namespace DocGen.Templates.Extraction;

internal sealed record InlineChoicePart(IReadOnlyList<InlinePart> Then, IReadOnlyList<InlinePart> Otherwise) : InlinePart;
