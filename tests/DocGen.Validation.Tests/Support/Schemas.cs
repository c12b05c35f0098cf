using System.Text.Json;

namespace DocGen.Validation.Tests.Support;

internal static class Schemas
{
    public static FormSchema Load(string json)
    {
        var result = FormSchema.Load(json);
        Assert.True(result.Problems.Count == 0, string.Join("\n", result.Problems));
        return result.Schema!;
    }

    public static JsonElement Data(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 100_000 });
        return document.RootElement.Clone();
    }

    public static IReadOnlyList<DataError> Validate(string schema, string data, ValidationMode mode = ValidationMode.Final) =>
        Load(schema).Validate(Data(data), mode);

    /// <summary>The messages only, which is what most tests are about.</summary>
    public static string[] Messages(string schema, string data, ValidationMode mode = ValidationMode.Final) =>
        Validate(schema, data, mode).Select(e => e.Message).ToArray();

    /// <summary>A one-field object schema, the field being <c>v</c> with the given schema body.</summary>
    public static string Field(string body) => $$"""
        { "type": "object", "properties": { "v": {{body}} } }
        """;

    public static string Value(object? value) => $$"""{ "v": {{JsonSerializer.Serialize(value)}} }""";

    public static string[] FieldMessages(string body, object? value, ValidationMode mode = ValidationMode.Final) =>
        Messages(Field(body), Value(value), mode);
}
