namespace DocGen.Authoring.Model;

/// <summary>Page margins in twips, as the portrait page has them.</summary>
internal readonly record struct PageMargins(int Top, int Right, int Bottom, int Left)
{
    /// <summary>GB/T 9704: 天头 3.7 cm, 订口 2.8 cm, and a 15.6 × 22.5 cm text block on A4.</summary>
    public static PageMargins Official { get; } = new(Units.CmToTwips(3.7), Units.CmToTwips(2.6), Units.CmToTwips(3.5), Units.CmToTwips(2.8));

    /// <summary>
    /// A landscape page is the portrait sheet turned so that its bound (left) edge is at the top; the
    /// margins travel with the edges they belong to.
    /// </summary>
    public PageMargins Rotated() => new(Left, Top, Right, Bottom);

    public PageMargins Unrotated() => new(Right, Bottom, Left, Top);
}
