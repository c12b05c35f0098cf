using System.Globalization;

namespace DocGen.Authoring.Parsing;

/// <summary>Font sizes in points or by their Chinese names (三号, 小四, …), as half-points.</summary>
internal static class FontSizes
{
    private static readonly Dictionary<string, double> Named = new()
    {
        ["初号"] = 42,
        ["小初"] = 36,
        ["一号"] = 26,
        ["小一"] = 24,
        ["二号"] = 22,
        ["小二"] = 18,
        ["三号"] = 16,
        ["小三"] = 15,
        ["四号"] = 14,
        ["小四"] = 12,
        ["五号"] = 10.5,
        ["小五"] = 9,
        ["六号"] = 7.5,
        ["小六"] = 6.5,
        ["七号"] = 5.5,
        ["八号"] = 5,
    };

    public static bool TryParse(string text, out int halfPoints, out string? error)
    {
        halfPoints = 0;
        if (!Named.TryGetValue(text, out var points)
            && !double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out points))
        {
            error = $"'{text}' is not a font size (points such as 16 or 10.5, or a name such as 三号)";
            return false;
        }

        // Word stores sizes in half-points; anything finer would be silently rounded away.
        if (points < 1 || points > 1638 || points * 2 != Math.Floor(points * 2))
        {
            error = $"font size {text} must be a whole or half point between 1 and 1638";
            return false;
        }

        halfPoints = (int)(points * 2);
        error = null;
        return true;
    }
}
