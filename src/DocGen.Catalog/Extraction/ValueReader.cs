using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DocGen.Templates.Extraction;

/// <summary>Turns printed text back into the JSON value its field declares: numbers, dates, flags, lists, images.</summary>
internal static partial class ValueReader
{
    /// <summary>The value, or null when nothing was filled in (blank, or the form's printed placeholder).</summary>
    public static JsonNode? Read(FieldSlot slot, string text, JsonElement? schema)
    {
        text = Clean(text);
        if (TextCompare.Compact(text).Length == 0) return null;
        if (slot.Default is { } placeholder && TextCompare.Compact(text) == TextCompare.Compact(placeholder)) return null;
        switch (slot.Kind)
        {
            case SlotKind.Date:
                return JsonValue.Create(ReadDate(text, SchemaNavigator.FormatOf(schema), slot.Argument) ?? text);
            case SlotKind.Join:
                var items = SchemaNavigator.Items(schema);
                var array = new JsonArray();
                foreach (var piece in text.Split([slot.Argument ?? "、", "、", "，", ",", "；", ";"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    array.Add(Scalar(piece, items));
                return array;
            default:
                return Scalar(text, schema);
        }
    }

    public static JsonNode Image(string base64, JsonElement? schema) =>
        SchemaNavigator.TypeOf(schema) == "object" ? new JsonObject { ["data"] = base64 } : JsonValue.Create(base64);

    /// <summary>A check box's choice as the field's type: "1" for a number field, true for "是" on a flag.</summary>
    public static JsonNode? Choice(string? argument, JsonElement? schema)
    {
        if (argument is null) return JsonValue.Create(true);
        return Scalar(argument, schema);
    }

    public static JsonNode Scalar(string text, JsonElement? schema)
    {
        switch (SchemaNavigator.TypeOf(schema))
        {
            case "number":
            case "integer":
                var compact = TextCompare.Compact(text).Replace(",", "").Replace("，", "");
                if (decimal.TryParse(compact, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return JsonValue.Create(number);
                return JsonValue.Create(text);
            case "boolean":
                var flag = TextCompare.Compact(text);
                if (flag is "是" or "true" or "☑" or "√" or "✓" or "有") return JsonValue.Create(true);
                if (flag is "否" or "false" or "□" or "无") return JsonValue.Create(false);
                return JsonValue.Create(text);
            default:
                return JsonValue.Create(text);
        }
    }

    // Word and people leave spaces around values; line ends lose their trailing spaces, the value its blank edges.
    private static string Clean(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd(' ', '\t', '\u00A0'));
        return string.Join('\n', lines).Trim('\n', ' ', '\t', '\u00A0');
    }

    private static string? ReadDate(string text, string? format, string? precision)
    {
        var compact = TextCompare.Compact(text);
        var match = ChineseDate().Match(compact);
        if (!match.Success) match = IsoDate().Match(compact);
        if (!match.Success) return null;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : 0;
        if (month is < 0 or > 12 || day is < 0 or > 31) return null;
        if (format == "year" || precision == "year" || month == 0) return year.ToString("D4", CultureInfo.InvariantCulture);
        if (precision == "month" || day == 0) return $"{year:D4}-{month:D2}";
        return $"{year:D4}-{month:D2}-{day:D2}";
    }

    [GeneratedRegex(@"^(?<y>\d{4})年(?:(?<m>\d{1,2})月(?:(?<d>\d{1,2})日)?)?$")]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"^(?<y>\d{4})(?:[-/.](?<m>\d{1,2})(?:[-/.](?<d>\d{1,2}))?)?$")]
    private static partial Regex IsoDate();
}
