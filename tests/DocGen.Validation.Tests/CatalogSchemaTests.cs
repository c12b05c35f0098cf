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
