namespace DocGen.Templates.Extraction;

/// <summary>Paragraphs, rows or row groups a loop repeats: found zero or more times in a filled document.</summary>
internal sealed class RepeatPattern(LoopBinding loop, IReadOnlyList<PatternNode> body) : PatternNode
{
    public LoopBinding Loop { get; } = loop;

    public IReadOnlyList<PatternNode> Body { get; } = body;
}
