namespace DocGen.Authoring.Model;

/// <summary>The <c>{…}</c> options of a paragraph block: direct formatting over the block's style.</summary>
internal sealed record ParagraphFormat
{
    public static ParagraphFormat None { get; } = new();

    public string? Font { get; init; }

    public int? HalfPoints { get; init; }

    public bool Bold { get; init; }

    public Alignment? Align { get; init; }

    public double? IndentChars { get; init; }

    public double? BeforePt { get; init; }

    public double? AfterPt { get; init; }

    public double? LinePt { get; init; }

    public bool KeepWithNext { get; init; }
}
