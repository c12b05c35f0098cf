namespace DocGen.Templates.Extraction;

/// <summary>A table, row or cell of the form, with what it holds.</summary>
internal sealed class ContainerPattern(ContainerKind kind, IReadOnlyList<PatternNode> children) : PatternNode
{
    public ContainerKind Kind { get; } = kind;

    public IReadOnlyList<PatternNode> Children { get; } = children;

    /// <summary>
    /// The longest fixed text that every filled copy holds (outside loops and conditions): a table or row without
    /// it is not this one, which spares aligning every table of a long form with every other.
    /// </summary>
    public string Anchor { get; } = Fixed(children).OrderByDescending(t => t.Length).FirstOrDefault() ?? "";

    private static IEnumerable<string> Fixed(IEnumerable<PatternNode> nodes) => nodes.SelectMany(n => n switch
    {
        ParagraphPattern p => [p.Anchor],
        ContainerPattern c => [c.Anchor],
        _ => Array.Empty<string>(),
    });
}
