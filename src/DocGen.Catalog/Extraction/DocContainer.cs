namespace DocGen.Templates.Extraction;

internal sealed class DocContainer(ContainerKind kind, string location, IReadOnlyList<DocNode> children) : DocNode(location)
{
    public ContainerKind Kind { get; } = kind;

    public IReadOnlyList<DocNode> Children { get; } = children;

    /// <summary>All the text inside, white space removed.</summary>
    public string Compact { get; } = string.Concat(children.Select(c => c switch
    {
        DocParagraph p => p.Compact,
        DocContainer box => box.Compact,
        _ => "",
    }));
}
