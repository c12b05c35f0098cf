namespace DocGen.Templates.Extraction;

/// <summary>
/// What one value tag prints: the field it reads (a path from the data root or from a loop variable), how it
/// formats it, and the text printed in its place when the field is empty.
/// </summary>
internal sealed record FieldSlot(SlotKind Kind, IReadOnlyList<string> Path, string? Argument = null, string? Default = null)
{
    /// <summary>For <see cref="SlotKind.Fixed"/> slots whose text is known when the template is read (version constants).</summary>
    public string? FixedText { get; init; }

    /// <summary>The values the field's schema lists (enum), if any.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>Free text long enough to run over several paragraphs (no format, no list of values, no short limit).</summary>
    public bool Multiline { get; init; }
}
