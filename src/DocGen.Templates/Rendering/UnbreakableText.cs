namespace DocGen.Templates.Rendering;

/// <summary>
/// A value that is one word of Latin letters, digits and punctuation — a 统一社会信用代码, a phone number, an e-mail
/// address, an amount — is read and copied as a whole, so it must never wrap inside its cell. A telephone number
/// counts as one word too when written with its extension after 转, its area code in full-width brackets or a space
/// between digit groups ("0371-68886666转8001", "（0371）68886666", "+86 13937112345"). Word and LibreOffice break
/// such a value only when it is wider than its line (the value stands alone in its cell's paragraph); the width is
/// estimated here and a too-wide value is narrowed with character scaling (<c>w:w</c>) instead.
/// </summary>
internal static class UnbreakableText
{
    /// <summary>The narrowest scale a value is set in; below it a reader could no longer tell the characters apart.</summary>
    public const int MinimumScalePercent = 50;

    /// <summary>
    /// Advance widths (per mille of an em) of the printable ASCII characters in Noto Serif CJK SC or Noto Sans CJK SC,
    /// whichever is wider: the faces the PDF conversion sets FangSong, Song and Hei text in (fonts/fonts.conf), so a value
    /// that fits here also fits in Word's 仿宋_GB2312 or 宋体, whose Latin characters are half an em.
    /// </summary>
    private static readonly short[] AsciiWidths =
    [
        256, 323, 474, 574, 555, 923, 779, 278, 364, 364, 478, 580, 327, 347, 327, 392, 557, 555, 558, 557, 555, 558, 558, 555,
        558, 562, 327, 327, 580, 580, 580, 474, 946, 718, 670, 691, 770, 652, 629, 741, 853, 405, 535, 731, 625, 975, 796, 767,
        641, 767, 715, 596, 659, 797, 714, 1053, 700, 687, 605, 344, 392, 344, 580, 563, 606, 563, 638, 538, 629, 554, 388, 566,
        663, 332, 311, 607, 334, 974, 661, 606, 638, 620, 462, 473, 377, 653, 548, 838, 564, 552, 498, 374, 316, 374, 580,
    ];

    /// <summary>Room left for rounding and for the renderer's own spacing: a value counts as fitting only within 96% of the width.</summary>
    private const double Slack = 0.96;

    /// <summary>Below this character scale the size is lowered as well, so neither gets so small that characters blur.</summary>
    private const double SizeShrinkBelow = 0.6;

    /// <summary>
    /// The smallest size a value is lowered to, as a share of the size the template gives it: with the narrowest scale,
    /// a value takes a third of its natural width — a 小四 value is then set in 8 pt at half width, still legible in print.
    /// </summary>
    private const double MinimumSizeShare = 2.0 / 3;

    /// <summary>The width of an ideograph or a full-width bracket (per mille of an em): a whole em in every CJK face.</summary>
    private const int FullWidth = 1000;

    /// <summary>
    /// The character scale (percent, below 100) and size (half-points) that make <paramref name="text"/> fit
    /// <paramref name="fit"/>, or null when it fits as it is or is not one word of printable ASCII. Narrowing comes first;
    /// only a value that would need less than 60% is also set smaller, down to two thirds of its size.
    /// </summary>
    public static (int ScalePercent, int HalfPoints)? Fit(string text, CellFit fit)
    {
        if (Width(text) is not { } perMille) return null;
        // per mille of an em × half-points / 2 = points / 1000; × 20 = twips.
        var widthTwips = perMille * fit.HalfPoints * 10 / 1000.0;
        var needed = fit.WidthTwips * Slack / widthTwips;
        if (needed >= 1) return null;
        var sizeShare = needed >= SizeShrinkBelow ? 1 : Math.Max(MinimumSizeShare, needed / SizeShrinkBelow);
        var halfPoints = Math.Max(1, (int)Math.Floor(fit.HalfPoints * sizeShare + 1e-9));
        var scale = Math.Max(MinimumScalePercent, (int)Math.Floor(100 * needed * fit.HalfPoints / halfPoints));
        return (Math.Min(99, scale), halfPoints);
    }

    /// <summary>The width of a one-word value in per mille of an em, or null when the text is not one word.</summary>
    private static long? Width(string text)
    {
        if (text.Length < 2) return null;
        long perMille = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '（' or '）' || (c == '转' && JoinsTelephoneGroups(text, i))) perMille += FullWidth;
            else if (c == ' ' ? JoinsTelephoneGroups(text, i) : c is > ' ' and <= '~') perMille += AsciiWidths[c - ' '];
            else return null;
        }
        return perMille;
    }

    /// <summary>
    /// A space or 转 between two digit groups of a telephone number, as in "+86 13937112345", "0371 68886666" or
    /// "0371-68886666转8001"; anywhere else they make the value words that may wrap.
    /// </summary>
    private static bool JoinsTelephoneGroups(string text, int at) =>
        at > 0 && at < text.Length - 1 && text[at - 1] is (>= '0' and <= '9') or ')' or '）' && text[at + 1] is >= '0' and <= '9';
}
