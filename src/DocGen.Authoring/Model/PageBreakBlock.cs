namespace DocGen.Authoring.Model;

internal sealed record PageBreakBlock(int Line) : Block(Line);
