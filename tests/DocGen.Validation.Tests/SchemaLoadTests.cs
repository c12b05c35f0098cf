namespace DocGen.Validation.Tests;

public sealed class SchemaLoadTests
{
    private static IReadOnlyList<string> Problems(string json)
    {
        var result = FormSchema.Load(json);
        Assert.Null(result.Schema);
        return result.Problems;
    }

    [Fact]
    public void AValidSchemaLoadsWithoutProblems()
    {
        var result = FormSchema.Load("""{ "title": "表", "type": "object", "properties": { "a": { "type": ["number", "null"] } } }""");

        Assert.Empty(result.Problems);
        Assert.NotNull(result.Schema);
        Assert.Equal("表", result.Schema.Root.GetProperty("title").GetString());
    }

    [Fact]
    public void BadJsonIsReportedWithItsPosition()
    {
        var problem = Assert.Single(Problems("{\n  \"title\": \"表\",\n  \"type\": object\n}"));

        Assert.StartsWith("(root): invalid JSON at line 3, position", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AllProblemsAreReportedTogetherWithPointers()
    {
        const string schema = """
            {
              "type": "objct",
              "properties": {
                "a/b": { "type": ["string", "strin"] },
                "intro": { "maxLength": "300", "minLength": -1 },
                "phone": { "pattern": "([0-9]" },
                "code": { "format": "credit-code" },
                "items": { "items": [{}], "minItems": 1.5 },
                "rule": { "required": "name", "enum": [] },
                "n": { "minimum": "0", "exclusiveMinimum": true },
                "t": { "title": 1 }
              }
            }
            """;

        var problems = Problems(schema);

        Assert.Equal(
            [
                "/type: unknown type \"objct\" (known: string, number, integer, boolean, object, array, null)",
                "/properties/a~1b/type/1: unknown type \"strin\" (known: string, number, integer, boolean, object, array, null)",
                "/properties/intro/maxLength: must be a non-negative integer",
                "/properties/intro/minLength: must be a non-negative integer",
                "/properties/code/format: unknown format \"credit-code\" (known: date, year, email, phone, uscc, industry, image)",
                "/properties/items/items: must be a single schema (the list form is not supported)",
                "/properties/items/minItems: must be a non-negative integer",
                "/properties/rule/required: must be a list of property names",
                "/properties/rule/enum: must not be empty",
                "/properties/n/minimum: must be a number",
                "/properties/n/exclusiveMinimum: must be a number",
                "/properties/t/title: must be a string",
            ],
            problems.Where(p => !p.StartsWith("/properties/phone", StringComparison.Ordinal)));
        Assert.Contains(problems, p => p.StartsWith("/properties/phone/pattern: invalid regular expression:", StringComparison.Ordinal));
    }

    [Fact]
    public void UnsupportedKeywordsAreRejectedRatherThanIgnored()
    {
        Assert.Equal(
            ["/properties/a/anyOf: keyword \"anyOf\" is not supported by the validator"],
            Problems("""{ "properties": { "a": { "anyOf": [{}, {}] } } }"""));
    }

    [Fact]
    public void MisspelledKeywordsAreCaught() =>
        Assert.Equal(["/maxlength: unknown keyword \"maxlength\" (did you mean \"maxLength\"?)"], Problems("""{ "maxlength": 3 }"""));

    [Fact]
    public void AnnotationsAndExtensionsAreAllowed() =>
        Assert.Empty(FormSchema.Load("""{ "$schema": "https://json-schema.org/draft/2020-12/schema", "x-layout": { "columns": 2 }, "default": {}, "examples": [] }""").Problems);

    [Fact]
    public void ReferencesMustResolve()
    {
        Assert.Equal(
            [
                "/properties/a/$ref: \"#/$defs/missing\" does not point to anything in the schema",
                "/properties/b/$ref: only references inside the schema are supported (\"#/$defs/…\"), not \"other.json#/a\"",
            ],
            Problems("""{ "properties": { "a": { "$ref": "#/$defs/missing" }, "b": { "$ref": "other.json#/a" } } }"""));
    }

    [Fact]
    public void ReferencesResolveThroughEscapedNamesArrayItemsAndTheLastOfARepeatedName()
    {
        var result = FormSchema.Load("""
            { "$defs": { "a/b~c": { "type": "string" }, "n": { "type": "string" }, "n": { "type": "integer" } },
              "allOf": [{ "type": "object" }, { "minimum": 5 }],
              "properties": { "x": { "$ref": "#/$defs/a~1b~0c" }, "y": { "$ref": "#/allOf/1" }, "z": { "$ref": "#/$defs/n" } } }
            """);

        Assert.Empty(result.Problems);
        var errors = result.Schema!.Validate(System.Text.Json.JsonDocument.Parse("""{ "x": 1, "y": 2, "z": "text" }""").RootElement, ValidationMode.Draft);
        Assert.Equal(["/x", "/y", "/z"], errors.Select(e => e.Pointer).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReferenceLoopsThatNeverReachTheDataAreRejected()
    {
        var problem = Assert.Single(Problems("""{ "$defs": { "a": { "$ref": "#/$defs/b" }, "b": { "allOf": [{ "$ref": "#/$defs/a" }] } }, "$ref": "#/$defs/a" }"""));

        Assert.Contains("references loop without reaching the data", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ThenWithoutIfIsReported() =>
        Assert.Equal(["/then: \"then\" without \"if\" has no effect"], Problems("""{ "then": { "required": ["a"] } }"""));

    [Fact]
    public void ContradictoryLimitsAreReported() =>
        Assert.Equal(["/minLength: is greater than maxLength (10 > 5)"], Problems("""{ "minLength": 10, "maxLength": 5 }"""));

    [Fact]
    public void RequiredFieldsMustBeDeclaredWhenOthersAreForbidden() =>
        Assert.Equal(
            ["/required/1: \"nmae\" is required but not among the properties, and additionalProperties is false"],
            Problems("""{ "additionalProperties": false, "required": ["name", "nmae"], "properties": { "name": {} } }"""));

    [Fact]
    public void TheSchemaMustBeAnObject() =>
        Assert.Equal(["(root): the schema must be a JSON object"], Problems("[1, 2]"));

    [Fact]
    public void DependentRequiredMustListNames() =>
        Assert.Equal(["/dependentRequired/a/0: must be a property name (a string)"], Problems("""{ "dependentRequired": { "a": [1] } }"""));

    [Fact]
    public void AChainOfSixtyThousandReferencesIsRefusedWithoutRunningOutOfStack()
    {
        var definitions = string.Join(",", Enumerable.Range(0, 60_000).Select(i => $"\"d{i}\": {{ \"$ref\": \"#/$defs/d{i + 1}\" }}"));
        var schema = $$"""{ "$defs": { {{definitions}}, "d60000": { "type": "string" } }, "$ref": "#/$defs/d0" }""";

        var problem = Assert.Single(Problems(schema));

        Assert.Contains("references chain", problem, StringComparison.Ordinal);
        Assert.Contains("at most 64 are followed", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AChainOfReferencesValidationCanFollowStillLoads()
    {
        var definitions = string.Join(",", Enumerable.Range(0, 60).Select(i => $"\"d{i}\": {{ \"$ref\": \"#/$defs/d{i + 1}\" }}"));
        var result = FormSchema.Load($$"""{ "$defs": { {{definitions}}, "d60": { "type": "string", "title": "名称" } }, "$ref": "#/$defs/d0" }""");

        Assert.Empty(result.Problems);
        Assert.NotEmpty(result.Schema!.Validate(System.Text.Json.JsonDocument.Parse("1").RootElement, ValidationMode.Draft));
    }
}
