namespace DocGen.Templates.Extraction;

/// <summary>What a loop repeats over: each repetition found in a document becomes one item of <see cref="Source"/>.</summary>
internal sealed record LoopBinding(string Variable, IReadOnlyList<string> Source);
