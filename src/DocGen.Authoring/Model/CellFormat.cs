namespace DocGen.Authoring.Model;

internal sealed record CellFormat(Alignment Align, bool Bold, bool Top)
{
    public static CellFormat Default { get; } = new(Alignment.Left, false, false);
}
