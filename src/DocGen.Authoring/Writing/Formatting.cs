using DocGen.Authoring.Model;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Authoring.Writing;

/// <summary>Small builders for the property elements that styles and direct formatting share.</summary>
internal static class Formatting
{
    /// <summary>One font for every script: CJK forms set digits and Latin text in the same official face.</summary>
    public static RunFonts Fonts(string font) => new() { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font };

    public static JustificationValues Justification(Alignment align) => align switch
    {
        Alignment.Center => JustificationValues.Center,
        Alignment.Right => JustificationValues.Right,
        Alignment.Both => JustificationValues.Both,
        _ => JustificationValues.Left,
    };

    public static SpacingBetweenLines ExactLine(double pt) =>
        new() { Line = Units.PtToTwips(pt).ToString(), LineRule = LineSpacingRuleValues.Exact };

    /// <summary>
    /// Word honours the character count; the twips are what other readers (LibreOffice, WPS in some modes)
    /// fall back on, computed for the size the text is set in.
    /// </summary>
    public static Indentation FirstLineChars(double chars, int halfPoints) => new()
    {
        FirstLine = ((int)Math.Round(chars * halfPoints * 10, MidpointRounding.AwayFromZero)).ToString(),
        FirstLineChars = (int)Math.Round(chars * 100, MidpointRounding.AwayFromZero),
    };
}
