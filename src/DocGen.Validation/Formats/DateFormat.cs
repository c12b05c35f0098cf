using System.Globalization;
using System.Text.RegularExpressions;

namespace DocGen.Validation.Formats;

/// <summary>Calendar dates as YYYY-MM-DD, and four-digit years.</summary>
internal static partial class DateFormat
{
    public static string? CheckDate(string value, string label)
    {
        if (!DateShape().IsMatch(value))
        {
            return $"{label}应为日期，格式为YYYY-MM-DD（当前“{Text.TextLength.Clip(value)}”）";
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null
            : $"{label}不是有效的日期（当前“{value}”）";
    }

    public static string? CheckYear(string value, string label) =>
        YearShape().IsMatch(value) ? null : $"{label}应为4位年份（当前“{Text.TextLength.Clip(value)}”）";

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DateShape();

    [GeneratedRegex(@"^[1-9][0-9]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearShape();
}
