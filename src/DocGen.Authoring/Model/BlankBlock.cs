namespace DocGen.Authoring.Model;

internal sealed record BlankBlock(int Line, int Count, ParagraphFormat Format) : Block(Line);
