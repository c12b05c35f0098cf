namespace DocGen.Validation.Schema;

/// <summary>The vocabulary the validator understands, and the JSON Schema words it knowingly does not.</summary>
internal static class SchemaKeywords
{
    public static readonly IReadOnlySet<string> TypeNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "string", "number", "integer", "boolean", "object", "array", "null",
    };

    public static readonly IReadOnlySet<string> Supported = new HashSet<string>(StringComparer.Ordinal)
    {
        "$schema", "$id", "$comment", "$defs", "definitions", "$ref",
        "title", "description", "default", "examples", "readOnly", "writeOnly", "deprecated",
        "type", "enum", "const",
        "properties", "required", "additionalProperties", "dependentRequired",
        "items", "minItems", "maxItems", "uniqueItems", "contains",
        "minLength", "maxLength", "pattern", "format",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "if", "then", "else", "allOf",
        "x-patternMessage", "x-unit",
    };

    /// <summary>
    /// Standard assertions that are not implemented. A schema using one is rejected rather than validated as if
    /// the rule were not there.
    /// </summary>
    public static readonly IReadOnlySet<string> Unsupported = new HashSet<string>(StringComparer.Ordinal)
    {
        "anyOf", "oneOf", "not", "patternProperties", "propertyNames", "prefixItems", "minContains", "maxContains",
        "unevaluatedProperties", "unevaluatedItems", "dependentSchemas", "dependencies", "multipleOf",
        "minProperties", "maxProperties", "$dynamicRef", "$recursiveRef", "contentEncoding", "contentMediaType",
    };
}
