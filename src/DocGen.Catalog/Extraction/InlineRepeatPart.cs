namespace DocGen.Templates.Extraction;

internal sealed record InlineRepeatPart(LoopBinding Loop, IReadOnlyList<InlinePart> Body) : InlinePart;
