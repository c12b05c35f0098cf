namespace DocGen.Templates.Extraction;

/// <summary>Fixed text of a paragraph as a filled copy prints it (version constants included).</summary>
internal sealed record LiteralPart(string Text) : InlinePart
{
    /// <summary>The same text as the template writes it: without the constants, which stand there as tags.</summary>
    public string Written { get; init; } = Text;
}
