using System.Globalization;

namespace DocGen.Templates.Catalog;

/// <summary>
/// What a file name made from submitted data may not hold, whichever file system or archive tool receives it:
/// invisible characters that change how a name reads (bidi overrides and isolates such as U+202E, which make
/// <c>甲\u202Egpj.exe.docx</c> show as <c>甲xcod.exe.jpg</c>, marks, joiners, BOM), controls and separators, and the
/// device names Windows reserves in any folder (CON, NUL, COM1, LPT¹...).
/// </summary>
public static class FileNameRules
{
    private static readonly HashSet<string> Devices = new(StringComparer.OrdinalIgnoreCase) { "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$" };

    /// <summary>True for a character a name drops: controls, format characters (Unicode Cf), line and paragraph separators.</summary>
    public static bool IsInvisible(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>
    /// True when Windows takes the name for a device whatever its extension: CON, PRN, AUX, NUL, CONIN$, CONOUT$, and COM
    /// or LPT followed by one digit, the superscripts ¹ ² ³ counting as digits.
    /// </summary>
    public static bool IsReservedDevice(string name)
    {
        var stem = name.Split('.')[0].TrimEnd(' ');
        if (Devices.Contains(stem)) return true;
        return stem.Length == 4 && (stem.StartsWith("COM", StringComparison.OrdinalIgnoreCase) || stem.StartsWith("LPT", StringComparison.OrdinalIgnoreCase))
            && (char.IsAsciiDigit(stem[3]) || stem[3] is '¹' or '²' or '³');
    }
}
