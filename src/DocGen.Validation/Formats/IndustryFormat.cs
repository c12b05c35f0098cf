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
        if (digits.Length == 2 && name.Length > 0 && !NamesAgree(name, known.Name))
        {
            return $"{label}的行业名称与代码不符：{section}{divisionCode}为“{known.Name}”（当前“{Text.TextLength.Clip(name)}”）";
        }

        return null;
    }

    /// <summary>
    /// Notices themselves misquote names (Guangzhou 2024 prints “C26 化学原料和化学品制造业” as its example), so
    /// punctuation and one slip of a character in a long name are forgiven; a different 大类's name is not.
    /// </summary>
    private static bool NamesAgree(string given, string official)
    {
        var a = Normalize(given);
        var b = Normalize(official);
        return a == b || (b.Length >= 6 && WithinOneEdit(a, b));
    }

    private static string Normalize(string name) =>
        new(name.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)).ToArray());

    private static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        // Past the first difference the rest must agree after a substitution, an insertion or a deletion.
        return a.AsSpan(Math.Min(i + 1, a.Length)).SequenceEqual(b.AsSpan(Math.Min(i + 1, b.Length))) ||
               a.AsSpan(i).SequenceEqual(b.AsSpan(Math.Min(i + 1, b.Length))) ||
               a.AsSpan(Math.Min(i + 1, a.Length)).SequenceEqual(b.AsSpan(i));
    }

    [GeneratedRegex(@"^(?<section>[A-T])(?<digits>[0-9]{2,4})(?:[\s\u3000]*(?<name>[^0-9\s\u3000].*))?$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Shape();
}
