namespace DocGen.Authoring.Model;

internal sealed record ParagraphBlock(int Line, ParagraphKind Kind, ParagraphFormat Format, IReadOnlyList<Inline> Content) : Block(Line);
