using System.Text.Json;
using DocGen.Templates.Catalog;

namespace DocGen.Forms.Tests.Extraction;

/// <summary>
/// Compares the fields of a sample with the fields read back from its document: every filled leaf (text, number,
/// flag, image, list of choices) by its JSON pointer, computed fields left out.
/// </summary>
internal sealed record FieldComparison(int Total, int Equal, IReadOnlyList<string> Differences)
{
    public static FieldComparison Of(JsonElement expected, JsonElement actual, FormVersion form)
    {
        var computed = form.Manifest.Computations.Select(c => c.Field.Split('/')).ToList();
        var wanted = Leaves(expected, "").Where(l => !computed.Any(c => Matches(c, l.Pointer))).ToList();
        var got = Leaves(actual, "").ToDictionary(l => l.Pointer, l => l.Value);
        var differences = new List<string>();
        foreach (var (pointer, value) in wanted)
        {
            if (got.TryGetValue(pointer, out var read) && Same(value, read)) continue;
            differences.Add($"{pointer}: expected {Show(value)}, read {(got.TryGetValue(pointer, out var r) ? Show(r) : "nothing")}");
        }
        return new FieldComparison(wanted.Count, wanted.Count - differences.Count, differences);
    }

    private static bool Matches(string[] pattern, string pointer)
    {
        var segments = pointer.Split('/');
        return segments.Length == pattern.Length && pattern.Zip(segments).All(p => p.First == "*" || p.First == p.Second);
    }

    private static IEnumerable<(string Pointer, JsonElement Value)> Leaves(JsonElement element, string pointer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when !element.TryGetProperty("data", out _):
                foreach (var property in element.EnumerateObject())
                    foreach (var leaf in Leaves(property.Value, pointer + "/" + property.Name)) yield return leaf;
                break;
            case JsonValueKind.Array when element.EnumerateArray().All(e => e.ValueKind is JsonValueKind.String or JsonValueKind.Number):
                if (element.GetArrayLength() > 0) yield return (pointer, element);
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    foreach (var leaf in Leaves(item, pointer + "/" + index++)) yield return leaf;
                break;
            case JsonValueKind.String when element.GetString()!.Length == 0:
            case JsonValueKind.Null:
                break;
            default:
                yield return (pointer, element);
                break;
        }
    }

    private static bool Same(JsonElement a, JsonElement b) => (a.ValueKind, b.ValueKind) switch
    {
        (JsonValueKind.Number, JsonValueKind.Number) => a.GetDecimal() == b.GetDecimal(),
        (JsonValueKind.Array, JsonValueKind.Array) => a.EnumerateArray().Select(e => e.ToString()).Order().SequenceEqual(b.EnumerateArray().Select(e => e.ToString()).Order()),
        (JsonValueKind.String, JsonValueKind.String) => a.GetString()!.Replace("\r\n", "\n") == b.GetString(),
        _ => JsonElement.DeepEquals(a, b),
    };

    private static string Show(JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? "\"" + value.GetString()!.Replace("\n", "⏎") + "\"" : value.GetRawText();
        return text.Length > 60 ? text[..60] + "…" : text;
    }
}
