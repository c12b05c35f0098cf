using System.Text.Json;
using DocGen.Templates.Json;
using DocGen.Validation;
using DocGen.Validation.Schema;

namespace DocGen.Templates.Versions;

/// <summary>
/// The fields a schema asks for, flattened to JSON pointers (<c>/company/name</c>, <c>/projects/*/title</c>; names
/// escaped as in data pointers) with a description of each (title, type and the rules a person filling the form
/// meets), so two versions' fields can be compared. <c>$ref</c>s are followed as validation follows them.
/// </summary>
public static class SchemaFields
{
    private static readonly string[] Rules = ["type", "enum", "const", "format", "pattern", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems"];

    public static IReadOnlyDictionary<string, string> Flatten(FormSchema schema)
    {
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Walk(schema, schema.Root, "", required: false, fields, depth: 0);
        return fields;
    }

    /// <summary>The titles of the fields, by pointer.</summary>
    public static IReadOnlyDictionary<string, string> Titles(FormSchema schema)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (pointer, _) in Flatten(schema)) titles[pointer] = TitleAt(schema, pointer) ?? pointer;
        return titles;
    }

    private static string? TitleAt(FormSchema schema, string pointer)
    {
        var node = schema.Root;
        foreach (var segment in JsonPaths.Segments(pointer))
        {
            node = schema.Resolve(node);
            if (segment == PointerPattern.Star && node.TryGetProperty("items", out var items)) node = items;
            else if (node.TryGetProperty("properties", out var properties) && properties.TryGetProperty(segment, out var child)) node = child;
            else return null;
        }
        node = schema.Resolve(node);
        return node.TryGetProperty("title", out var title) ? title.GetString() : null;
    }

    private static void Walk(FormSchema schema, JsonElement node, string pointer, bool required, IDictionary<string, string> fields, int depth)
    {
        node = schema.Resolve(node);
        if (depth > 32 || node.ValueKind != JsonValueKind.Object) return;
        if (pointer.Length > 0) fields[pointer] = Describe(node, required);
        if (node.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            var requiredNames = node.TryGetProperty("required", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(e => e.GetString()).ToHashSet() : [];
            foreach (var property in properties.EnumerateObject())
                Walk(schema, property.Value, JsonPointer.Append(pointer, property.Name), requiredNames.Contains(property.Name), fields, depth + 1);
        }
        if (node.TryGetProperty("items", out var items)) Walk(schema, items, pointer + "/" + PointerPattern.Star, required: false, fields, depth + 1);
    }

    private static string Describe(JsonElement node, bool required)
    {
        var parts = new List<string>();
        if (node.TryGetProperty("title", out var title)) parts.Add(title.GetString() ?? "");
        foreach (var rule in Rules)
            if (node.TryGetProperty(rule, out var value)) parts.Add($"{rule}: {Compact(value)}");
        if (required) parts.Add("必填");
        return string.Join("；", parts);
    }

    private static string Compact(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array => string.Join("/", value.EnumerateArray().Select(Compact)),
        _ => value.GetRawText(),
    };
}
