namespace DocGen.Authoring.Model;

internal sealed record SectionBlock(int Line, bool Landscape) : Block(Line);
