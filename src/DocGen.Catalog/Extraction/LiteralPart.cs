namespace DocGen.Templates.Extraction;

internal sealed record LiteralPart(string Text) : InlinePart;
