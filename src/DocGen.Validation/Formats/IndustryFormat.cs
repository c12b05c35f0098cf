using System.Globalization;
using System.Text.RegularExpressions;

namespace DocGen.Validation.Formats;

/// <summary>A GB/T 4754-2017 code with an optional name: <c>C26</c>, <c>C2641</c>, <c>C2641 涂料制造</c>.</summary>
internal static partial class IndustryFormat
{
    public static string? Check(string value, string label)
    {
        var match = Shape().Match(value.Trim());
        if (!match.Success)
        {
            return $"{label}应为国民经济行业代码，如“C2641 涂料制造”（当前“{Text.TextLength.Clip(value)}”）";
        }

        var section = match.Groups["section"].Value[0];
        var digits = match.Groups["digits"].Value;
        var name = match.Groups["name"].Value.Trim();
        var divisionCode = digits[..2];
        var (sectionName, first, last) = IndustryClassification.Sections[section];
        var division = int.Parse(divisionCode, CultureInfo.InvariantCulture);
        if (!IndustryClassification.Divisions.TryGetValue(divisionCode, out var known))
        {
            return $"{label}中的行业大类“{divisionCode}”不存在";
        }

        if (division < first || division > last)
        {
            return $"{label}中的行业大类“{divisionCode}”不属于门类{section}（{sectionName}，{first:00}–{last:00}大类），应为{known.Section}{digits}";
        }

        // Only the 大类 names ship with the validator; names of 中类 and 小类 cannot be checked here.
        if (digits.Length == 2 && name.Length > 0 && !string.Equals(name, known.Name, StringComparison.Ordinal))
        {
            return $"{label}的行业名称与代码不符：{section}{divisionCode}为“{known.Name}”（当前“{Text.TextLength.Clip(name)}”）";
        }

        return null;
    }

    [GeneratedRegex(@"^(?<section>[A-T])(?<digits>[0-9]{2,4})(?:[\s\u3000]*(?<name>[^0-9\s\u3000].*))?$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Shape();
}
