namespace DocGen.Validation.Formats;

/// <summary>统一社会信用代码 as defined by GB 32100-2015.</summary>
internal static class UsccFormat
{
    /// <summary>The code's character set: digits and capitals without I, O, Z, S and V (too easily misread).</summary>
    public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static string? Check(string value, string label)
    {
        // Codes are copied from licences printed in groups of four; the spaces are no part of the code.
        if (value.Any(char.IsWhiteSpace))
        {
            return $"{label}不应含空格，请连续填写18位代码（当前“{Text.TextLength.Clip(value)}”）";
        }

        var length = Text.TextLength.Count(value);
        if (length != 18 || value.Length != 18)
        {
            return $"{label}应为18位（当前{length}位）";
        }

        foreach (var c in value)
        {
            if (Charset.IndexOf(c) < 0)
            {
                return c is >= 'a' and <= 'z'
                    ? $"{label}中的字母应为大写（当前“{c}”）"
                    : $"{label}含有无效字符“{c}”（不使用I、O、Z、S、V）";
            }
        }

        return CheckCharacter(value.AsSpan(0, 17)) == value[17] ? null : $"{label}校验位不正确";
    }

    /// <summary>The 18th character for the first 17: 31 − (Σ value×weight mod 31), where 31 wraps to 0.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Charset.IndexOf(first17[i]) * Weights[i];
        }

        return Charset[(31 - (sum % 31)) % 31];
    }
}
