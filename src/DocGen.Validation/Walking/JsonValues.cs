using System.Globalization;
using System.Text.Json;
using DocGen.Validation.Text;

namespace DocGen.Validation.Walking;

/// <summary>
/// Number and equality semantics of JSON Schema on top of <see cref="JsonElement"/>, working from the raw
/// number text so that values such as 1e400 or 0.1 are judged exactly rather than through a lossy double.
/// </summary>
internal static class JsonValues
{
    public static bool IsInteger(JsonElement number)
    {
        // 1.0 and 1e2 are integers in JSON Schema; decide from the digits instead of a double that may overflow.
        var text = number.GetRawText();
        var exponentAt = text.IndexOfAny(['e', 'E']);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        long exponent = 0;
        if (exponentAt >= 0 && !long.TryParse(text.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
        {
            // An exponent beyond long: huge positive means a huge integer, huge negative means a tiny fraction.
            exponent = text[exponentAt + 1] == '-' ? long.MinValue / 2 : long.MaxValue / 2;
        }

        var dot = mantissa.IndexOf('.');
        if (dot < 0)
        {
            return exponent >= 0 || mantissa.TrimStart('-').Trim('0').Length == 0 || TrailingZeros(mantissa.TrimStart('-')) >= -exponent;
        }

        var whole = mantissa[..dot].TrimStart('-');
        var fraction = mantissa[(dot + 1)..].TrimEnd('0');
        if ((whole + fraction).Trim('0').Length == 0)
        {
            return true;
        }

        if (fraction.Length == 0)
        {
            return exponent >= 0 || TrailingZeros(whole) >= -exponent;
        }

        return exponent >= fraction.Length;
    }

    /// <summary>Compares two JSON numbers; exact through decimal when both fit, else through double (±∞ for overflow).</summary>
    public static int Compare(JsonElement left, JsonElement right)
    {
        if (left.TryGetDecimal(out var l) && right.TryGetDecimal(out var r))
        {
            return l.CompareTo(r);
        }

        return ToDouble(left).CompareTo(ToDouble(right));
    }

    public static bool DeepEquals(JsonElement left, JsonElement right, int depth = 0)
    {
        if (depth > 64)
        {
            return false;
        }

        if (left.ValueKind != right.ValueKind)
        {
            return false;
        }

        switch (left.ValueKind)
        {
            case JsonValueKind.Number:
                return Compare(left, right) == 0;
            case JsonValueKind.String:
                return string.Equals(JsonText.Read(left), JsonText.Read(right), StringComparison.Ordinal);
            case JsonValueKind.Array:
                if (left.GetArrayLength() != right.GetArrayLength())
                {
                    return false;
                }

                using (var a = left.EnumerateArray())
                using (var b = right.EnumerateArray())
                {
                    while (a.MoveNext() && b.MoveNext())
                    {
                        if (!DeepEquals(a.Current, b.Current, depth + 1))
                        {
                            return false;
                        }
                    }
                }

                return true;
            case JsonValueKind.Object:
                var leftCount = 0;
                foreach (var property in left.EnumerateObject())
                {
                    leftCount++;
                    if (!right.TryGetProperty(property.Name, out var other) || !DeepEquals(property.Value, other, depth + 1))
                    {
                        return false;
                    }
                }

                var rightCount = 0;
                foreach (var unused in right.EnumerateObject())
                {
                    rightCount++;
                }

                return leftCount == rightCount;
            default:
                return true;
        }
    }

    /// <summary>How a value is quoted inside a message: the text of a string, JSON for anything else.</summary>
    public static string Display(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => TextLength.Clip(JsonText.Read(value)),
        JsonValueKind.True => "是",
        JsonValueKind.False => "否",
        JsonValueKind.Null => "空",
        JsonValueKind.Number => TextLength.Clip(value.GetRawText()),
        _ => TextLength.Clip(value.GetRawText()),
    };

    /// <summary>"Not answered": null, or a string with nothing but white space in it.</summary>
    public static bool IsBlank(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ||
        (value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(JsonText.Read(value)));

    private static double ToDouble(JsonElement number) =>
        double.TryParse(number.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;

    private static int TrailingZeros(string digits)
    {
        var count = 0;
        for (var i = digits.Length - 1; i >= 0 && digits[i] == '0'; i--)
        {
            count++;
        }

        return count;
    }
}
