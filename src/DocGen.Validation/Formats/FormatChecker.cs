using System.Text.Json;

namespace DocGen.Validation.Formats;

/// <summary>The <c>format</c> keyword: which formats exist and which values each one looks at.</summary>
internal static class FormatChecker
{
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "date", "year", "email", "phone", "uscc", "industry", "image",
    };

    /// <summary>The message for a value that breaks the format, or null when it is fine or the format does not apply to it.</summary>
    public static string? Check(string format, JsonElement value, string label)
    {
        if (format == "image")
        {
            return value.ValueKind is JsonValueKind.String or JsonValueKind.Object ? ImageFormat.Check(value, label) : null;
        }

        // A year is often sent as a number; every other format only speaks about strings, as in JSON Schema.
        if (format == "year" && value.ValueKind == JsonValueKind.Number)
        {
            return DateFormat.CheckYear(value.GetRawText(), label);
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = JsonText.Read(value);
        return format switch
        {
            "date" => DateFormat.CheckDate(text, label),
            "year" => DateFormat.CheckYear(text, label),
            "email" => ContactFormat.CheckEmail(text, label),
            "phone" => ContactFormat.CheckPhone(text, label),
            "uscc" => UsccFormat.Check(text, label),
            "industry" => IndustryFormat.Check(text, label),
            _ => null,
        };
    }
}
