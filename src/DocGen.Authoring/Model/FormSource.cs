namespace DocGen.Authoring.Model;

internal sealed record FormSource(DocumentSettings Settings, IReadOnlyList<Block> Blocks);
