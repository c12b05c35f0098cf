using System.Globalization;

namespace DocGen.Templates.Scripting;

/// <summary>Formats ISO dates the way Chinese official forms print them: 2025年6月30日, 2025年6月, 2025年.</summary>
internal static class ChineseDate
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM", "yyyy"];

    /// <summary>Text that is not a date is returned as it is.</summary>
    public static string Format(string input, string precision) =>
        DateTime.TryParseExact(input.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces, out var date)
            ? Format(date, precision)
            : input;

    public static string Format(DateTime date, string precision) => precision switch
    {
        "year" => $"{date.Year}年",
        "month" => $"{date.Year}年{date.Month}月",
        _ => $"{date.Year}年{date.Month}月{date.Day}日",
    };
}
