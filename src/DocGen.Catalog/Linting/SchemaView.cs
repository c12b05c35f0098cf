using System.Text.Json;
using DocGen.Validation.Schema;

namespace DocGen.Templates.Linting;

/// <summary>Reads the parts of a JSON Schema the linter needs: properties, items, enums, types, following local <c>$ref</c>s.</summary>
internal sealed class SchemaView(JsonElement root)
{
    public JsonElement Root { get; } = root;

    public JsonElement Resolve(JsonElement schema)
    {
        for (var hops = 0; hops < 32 && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference) && reference.ValueKind == JsonValueKind.String; hops++)
        {
            // Only local references (#/definitions/name) are followed.
            if (reference.GetString() is not ['#', .. var pointer] || !JsonPointer.TryResolve(Root, pointer, out var target)) return default;
            schema = target;
        }
        return schema;
    }

    public IEnumerable<(string Name, JsonElement Schema)> Properties(JsonElement schema)
    {
        schema = Resolve(schema);
        var seen = new HashSet<string>();
        foreach (var source in WithSubschemas(schema))
        {
            if (!source.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object) continue;
            foreach (var property in properties.EnumerateObject())
                if (seen.Add(property.Name)) yield return (property.Name, property.Value);
        }
    }

    // Conditional rules (if/then/else, allOf) may describe properties too.
    private IEnumerable<JsonElement> WithSubschemas(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object) yield break;
        yield return schema;
        foreach (var key in new[] { "then", "else" })
            if (schema.TryGetProperty(key, out var sub)) yield return Resolve(sub);
        if (schema.TryGetProperty("allOf", out var all) && all.ValueKind == JsonValueKind.Array)
            foreach (var sub in all.EnumerateArray()) yield return Resolve(sub);
    }

    public JsonElement? Property(JsonElement schema, string name) =>
        Properties(schema).Where(p => p.Name == name).Select(p => (JsonElement?)Resolve(p.Schema)).FirstOrDefault();

    public bool AllowsAnyProperty(JsonElement schema)
    {
        schema = Resolve(schema);
        return schema.ValueKind == JsonValueKind.Object && !schema.TryGetProperty("properties", out _)
            && !(schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False)
            && Types(schema).Contains("object");
    }

    public HashSet<string> Types(JsonElement schema)
    {
        schema = Resolve(schema);
        var types = new HashSet<string>();
        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var type))
        {
            if (type.ValueKind == JsonValueKind.String) types.Add(type.GetString()!);
            else if (type.ValueKind == JsonValueKind.Array) types.UnionWith(type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!));
        }
        if (types.Count == 0 && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out _)) types.Add("object");
        return types;
    }

    public JsonElement? Items(JsonElement schema)
    {
        schema = Resolve(schema);
        return schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("items", out var items) ? Resolve(items) : null;
    }

    public List<string>? Enum(JsonElement schema)
    {
        schema = Resolve(schema);
        if (schema.ValueKind != JsonValueKind.Object) return null;
        if (schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array)
            return values.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText()).ToList();
        if (Types(schema).Contains("array") && Items(schema) is { } items) return Enum(items);
        if (Types(schema).Contains("boolean")) return ["true", "false"];
        return null;
    }

    public string? Format(JsonElement schema)
    {
        schema = Resolve(schema);
        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String) return format.GetString();
        return Types(schema).Contains("array") && Items(schema) is { } items ? Format(items) : null;
    }
}
