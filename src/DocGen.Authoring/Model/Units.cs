namespace DocGen.Authoring.Model;

internal static class Units
{
    public const int A4WidthTwips = 11906;
    public const int A4HeightTwips = 16838;

    public static int CmToTwips(double cm) => (int)Math.Round(cm * 1440 / 2.54, MidpointRounding.AwayFromZero);

    public static int PtToTwips(double pt) => (int)Math.Round(pt * 20, MidpointRounding.AwayFromZero);
}
