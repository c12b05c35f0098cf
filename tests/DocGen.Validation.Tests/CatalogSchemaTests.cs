using System.Text.Json;
using static DocGen.Validation.Tests.Support.Schemas;

namespace DocGen.Validation.Tests;

/// <summary>
/// The schemas and samples shipped in templates/ go through the validator as they are. Samples of a version
/// that computes fields (form.yaml `computations`) are left to the form tests, which compute before validating.
/// </summary>
public sealed class CatalogSchemaTests
{
    public static TheoryData<string> SchemaFiles() => new(FindSchemas());

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void ShippedSchemasLoadAndTheirSamplesAreComplete(string relativePath)
    {
        var path = Path.Combine(RepositoryRoot(), relativePath);
        if (!File.Exists(path))
        {
            return;
        }

        var schema = Load(File.ReadAllText(path));
        var samples = Path.Combine(Path.GetDirectoryName(path)!, "samples");
        var manifest = Path.Combine(Path.GetDirectoryName(path)!, "form.yaml");
        var computes = File.Exists(manifest) && File.ReadLines(manifest).Any(l => l.StartsWith("computations:", StringComparison.Ordinal));
        if (!Directory.Exists(samples) || computes)
        {
            return;
        }

        foreach (var sample in Directory.GetFiles(samples, "*.json"))
        {
            var errors = schema.Validate(Data(File.ReadAllText(sample)), ValidationMode.Final);
            Assert.True(errors.Count == 0, $"{Path.GetFileName(sample)}:\n{string.Join("\n", errors)}");
        }
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void ShippedCodeFieldsRefuseACodeTypedWithSpacesOrInLowerCaseNamingTheField(string relativePath)
    {
        foreach (var (schema, path, title) in FieldsOfFormat(relativePath, "uscc"))
        {
            foreach (var typed in new[] { "9141 1100 MA44 E4XC 7A", "91411100ma44e4xc7a" })
            {
                var error = Assert.Single(schema.Validate(Data(Nested(path, typed)), ValidationMode.Draft));
                Assert.Equal("/" + string.Join('/', path), error.Pointer);
                Assert.StartsWith(title, error.Message, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>45 characters: what the narrowest e-mail cell of any form prints on one line (see the form PDF tests).</summary>
    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void ShippedEmailFieldsRefuseAnAddressLongerThanTheirCellPrintsOnOneLine(string relativePath)
    {
        const string longest = "zhangwei.lvsezhizao@henan-machinery-group.com";
        foreach (var (schema, path, title) in FieldsOfFormat(relativePath, "email"))
        {
            Assert.Empty(schema.Validate(Data(Nested(path, longest)), ValidationMode.Draft));
            var error = Assert.Single(schema.Validate(Data(Nested(path, "x" + longest)), ValidationMode.Draft));
            Assert.Equal($"{title}限45字以内（当前46字）", error.Message);
        }
    }

    /// <summary>The object paths (outside arrays) and titles of a shipped schema's fields of one format.</summary>
    private static IEnumerable<(FormSchema Schema, string[] Path, string Title)> FieldsOfFormat(string relativePath, string format)
    {
        var path = Path.Combine(RepositoryRoot(), relativePath);
        if (!File.Exists(path))
        {
            yield break;
        }

        var text = File.ReadAllText(path);
        var schema = Load(text);
        using var document = JsonDocument.Parse(text);
        foreach (var (fieldPath, title) in Walk(document.RootElement, []))
        {
            yield return (schema, fieldPath, title);
        }

        IEnumerable<(string[], string)> Walk(JsonElement node, string[] at)
        {
            if (node.TryGetProperty("format", out var f) && f.GetString() == format)
            {
                yield return (at, node.GetProperty("title").GetString()!);
            }

            if (node.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    foreach (var field in Walk(property.Value, [.. at, property.Name]))
                    {
                        yield return field;
                    }
                }
            }
        }
    }

    private static string Nested(string[] path, string value) =>
        path.Reverse().Aggregate(JsonSerializer.Serialize(value), (inner, name) => $"{{{JsonSerializer.Serialize(name)}:{inner}}}");

    private static IEnumerable<string> FindSchemas()
    {
        var templates = Path.Combine(RepositoryRoot(), "templates");
        var files = Directory.Exists(templates)
            ? Directory.GetFiles(templates, "schema.json", SearchOption.AllDirectories)
            : [];

        // TheoryData may not be empty; a repository without templates still has this one case to run.
        return files.Length == 0
            ? ["templates/none"]
            : files.Select(f => Path.GetRelativePath(RepositoryRoot(), f)).Order(StringComparer.Ordinal);
    }

    // Builds may put the test binaries anywhere (--artifacts-path), so the source file locates the repository.
    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", ".."));
}
