namespace DocGen.Templates.Extraction;

/// <summary>The two branches of a condition: a filled document shows one of them.</summary>
internal sealed class ChoicePattern(IReadOnlyList<PatternNode> then, IReadOnlyList<PatternNode> otherwise) : PatternNode
{
    public IReadOnlyList<PatternNode> Then { get; } = then;

    public IReadOnlyList<PatternNode> Otherwise { get; } = otherwise;
}
