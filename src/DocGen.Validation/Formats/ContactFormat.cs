using System.Text.RegularExpressions;

namespace DocGen.Validation.Formats;

/// <summary>E-mail addresses and Chinese telephone numbers as they are written on forms.</summary>
internal static partial class ContactFormat
{
    public static string? CheckEmail(string value, string label) =>
        value.Length <= 254 && Email().IsMatch(value) && !value.Contains("..", StringComparison.Ordinal)
            ? null
            : $"{label}不是有效的电子邮箱（当前“{Text.TextLength.Clip(value)}”）";

    public static string? CheckPhone(string value, string label) =>
        Mobile().IsMatch(value) || Landline().IsMatch(value)
            ? null
            : $"{label}格式不正确，应为手机号码或带区号的固定电话（当前“{Text.TextLength.Clip(value)}”）";

    [GeneratedRegex(@"^[A-Za-z0-9_%+\-](?:[A-Za-z0-9._%+\-]{0,62}[A-Za-z0-9_%+\-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // Mobile numbers start 13–19; a +86 country prefix is tolerated because applicants copy it from cards.
    [GeneratedRegex(@"^(?:\+?86[ \-]?)?1[3-9][0-9]{9}$", RegexOptions.CultureInvariant)]
    private static partial Regex Mobile();

    // Area codes are 010, 02x (3 digits) or 0[3-9]xx (4 digits); local numbers have 7–8 digits and never start
    // with 0 or 1; an extension may follow after -, 转 or #.
    [GeneratedRegex(@"^(?:(?:010|02[0-9]|0[3-9][0-9]{2})[\- ]?|[(（](?:010|02[0-9]|0[3-9][0-9]{2})[)）])[2-9][0-9]{6,7}(?:(?:-|转|#|ext\.?)[0-9]{1,6})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Landline();
}
