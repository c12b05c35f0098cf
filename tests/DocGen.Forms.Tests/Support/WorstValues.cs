using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocGen.Validation;

namespace DocGen.Forms.Tests.Support;

/// <summary>
/// The widest values a 统一社会信用代码, telephone or e-mail field accepts, as applicants really write them, placed into
/// a sample at every field of those formats. Each round gives each field another of its kind's values, and every value
/// of a round differs (its digits carry the field's number), so a value broken over two lines cannot hide behind an
/// unbroken copy of itself elsewhere on the page.
/// </summary>
internal static class WorstValues
{
    /// <summary>Digits and capitals of a 统一社会信用代码 (GB 32100-2015: no I, O, Z, S, V).</summary>
    private const string CodeCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] CodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private static readonly Dictionary<string, Func<int, string>[]> ByFormat = new(StringComparer.Ordinal)
    {
        // A code of the widest capitals (W, M, H) the alphabet has, and one of the lettered codes issued since 2015.
        ["uscc"] = [n => Code($"914101{n % 100:00}MAWMWHWMW"), n => Code($"914111{n % 100:00}MA44E4XC7")],
        // A landline with its extension after 转, one with its area code in full-width brackets, a mobile with +86.
        ["phone"] = [n => $"0371-6888666{n % 10}转8001", n => $"（0371）6888666{n % 10}-8001", n => $"+86 1393711234{n % 10}"],
        // A long real-looking address, and one as long as an e-mail field takes (45 characters) of wide letters.
        ["email"] = [n => $"lvsezhizao.office{n % 10}@company-name-group.com.cn", n => $"zhangwei.lvsezhiza{n % 10}@henan-machinery-group.com"],
    };

    /// <summary>Rounds needed to give every field each value of its kind.</summary>
    public static int Rounds => ByFormat.Values.Max(v => v.Length);

    /// <summary>The JSON paths of the schema's code, telephone and e-mail fields ("[]" steps into every item of an array) with their format.</summary>
    public static IEnumerable<(string[] Path, string Format)> FieldsOf(FormSchema schema) => FieldsOf(schema, schema.Root, []);

    /// <summary>Sets every such field the sample's objects hold room for; answers the values placed.</summary>
    public static List<string> Place(FormSchema schema, JsonNode data, int round)
    {
        var placed = new List<string>();
        foreach (var (path, format) in FieldsOf(schema))
        {
            foreach (var parent in Parents(data, path.AsSpan(0, path.Length - 1).ToArray()))
            {
                var values = ByFormat[format];
                var value = values[(placed.Count + round) % values.Length](placed.Count);
                parent[path[^1]] = value;
                placed.Add(value);
            }
        }

        return placed;
    }

    private static IEnumerable<(string[] Path, string Format)> FieldsOf(FormSchema schema, JsonElement node, string[] path)
    {
        node = schema.Resolve(node);
        if (node.ValueKind != JsonValueKind.Object) yield break;
        if (node.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String && ByFormat.ContainsKey(format.GetString()!))
            yield return (path, format.GetString()!);
        if (node.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
                foreach (var field in FieldsOf(schema, property.Value, [.. path, property.Name])) yield return field;
        }
        if (node.TryGetProperty("items", out var items))
            foreach (var field in FieldsOf(schema, items, [.. path, "[]"])) yield return field;
    }

    private static IEnumerable<JsonObject> Parents(JsonNode? node, string[] path)
    {
        if (path.Length == 0)
        {
            if (node is JsonObject found) yield return found;
            yield break;
        }
        var next = path.AsSpan(1).ToArray();
        if (path[0] == "[]")
        {
            if (node is not JsonArray array) yield break;
            foreach (var item in array)
                foreach (var parent in Parents(item, next)) yield return parent;
        }
        else if (node is JsonObject obj && obj[path[0]] is { } child)
        {
            foreach (var parent in Parents(child, next)) yield return parent;
        }
    }

    /// <summary>The first 17 characters of a code completed with its check character: 31 − (Σ value × weight mod 31).</summary>
    private static string Code(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += CodeCharacters.IndexOf(first17[i], StringComparison.Ordinal) * CodeWeights[i];
        return first17 + CodeCharacters[(31 - (sum % 31)) % 31].ToString(CultureInfo.InvariantCulture);
    }
}
