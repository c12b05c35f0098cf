namespace DocGen.Templates.Rendering;

/// <summary>
/// Where a value tag sits in a table cell: the width its text has (the cell less its margins) and the size it is set in,
/// so that a value that must stay on one line can be narrowed to fit (<see cref="UnbreakableText"/>).
/// </summary>
/// <param name="WidthTwips">The cell's width less its left and right margins.</param>
/// <param name="HalfPoints">The run's font size in half-points.</param>
/// <param name="NarrowRunProperties">
/// The tag's run properties with a character scale (<c>w:w</c>) of <see cref="ScalePlaceholder"/> and a size
/// (<c>w:sz</c>, <c>w:szCs</c>) of <see cref="SizePlaceholder"/>.
/// </param>
internal sealed record CellFit(long WidthTwips, int HalfPoints, string NarrowRunProperties)
{
    public const string ScalePlaceholder = "DGSCALE";
    public const string SizePlaceholder = "DGSIZE";

    /// <summary>The run properties for a value set at <paramref name="scalePercent"/> and <paramref name="halfPoints"/>.</summary>
    public string Narrowed(int scalePercent, int halfPoints) => NarrowRunProperties
        .Replace(ScalePlaceholder, scalePercent.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace(SizePlaceholder, halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
