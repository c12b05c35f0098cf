using System.Text.Json;

namespace DocGen.Templates.Extraction;

/// <summary>Finds the schema of a field from its path, so printed text is read back as the type the form declares.</summary>
internal static class SchemaNavigator
{
    public static JsonElement? Property(JsonElement? schema, string name) =>
        schema is { ValueKind: JsonValueKind.Object } s && s.TryGetProperty("properties", out var properties)
        && properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var property) ? property : null;

    public static JsonElement? Items(JsonElement? schema) =>
        schema is { ValueKind: JsonValueKind.Object } s && s.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Object ? items : null;

    public static JsonElement? At(JsonElement? schema, IEnumerable<string> path)
    {
        foreach (var name in path) schema = Property(schema, name);
        return schema;
    }

    /// <summary>The declared type ("string", "number", "integer", "boolean", "array", "object"), the first non-null one of a list.</summary>
    public static string? TypeOf(JsonElement? schema)
    {
        if (schema is not { ValueKind: JsonValueKind.Object } s || !s.TryGetProperty("type", out var type)) return null;
        if (type.ValueKind == JsonValueKind.String) return type.GetString();
        if (type.ValueKind == JsonValueKind.Array)
            return type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()).FirstOrDefault(t => t != "null");
        return null;
    }

    public static string? FormatOf(JsonElement? schema) =>
        schema is { ValueKind: JsonValueKind.Object } s && s.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String ? format.GetString() : null;
}
