using DocGen.Forms.Tests.Support;
using DocGen.Templates.Catalog;

namespace DocGen.Forms.Tests.Summaries;

/// <summary>A summary's mapping that points nowhere keeps the summary from being served, with the form.yaml line named.</summary>
public sealed class SummaryMappingCheckTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "docgen-summary-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private FormCatalog CatalogWith(string mapping)
    {
        foreach (var form in new[] { "henan/recommendation-summary/2023", "henan/green-factory-third-party-evaluation/2023" })
            Copy(Path.Combine(Repository.Templates, form), Path.Combine(_root, form));
        var yaml = Path.Combine(_root, "henan/recommendation-summary/2023/form.yaml");
        var text = File.ReadAllText(yaml);
        File.WriteAllText(yaml, text[..text.IndexOf("\nsummary:", StringComparison.Ordinal)] + "\n" + mapping);
        return new FormCatalog(_root);
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static int LineOf(string yaml, string text) =>
        yaml.Split('\n').Select((line, i) => (line, i)).First(l => l.line.Contains(text, StringComparison.Ordinal)).i + 1;

    [Fact]
    public void AValidMappingIsServed()
    {
        using var catalog = CatalogWith("""
            summary:
              sources:
                - form: henan/green-factory-third-party-evaluation
                  rows: /factories
                  fields: { name: /factory/name, agency: /agency/name }
            """);
        Assert.Empty(catalog.Current.Problems);
        Assert.NotNull(catalog.Current.Find("henan", "recommendation-summary"));
    }

    [Theory]
    [InlineData("agency: /agency/nmae", "\"/agency/nmae\" is not a field of henan/green-factory-third-party-evaluation")]
    [InlineData("agnecy: /agency/name", "the rows of /factories have no field \"agnecy\"")]
    [InlineData("form: henan/green-factory-evaluation", "the catalog has no form \"henan/green-factory-evaluation\"")]
    [InlineData("rows: /factory", "\"/factory\" is not an array of rows")]
    public void AMappingThatPointsNowhereIsACatalogProblemNamingItsLine(string wrong, string message)
    {
        var mapping = """
            summary:
              sources:
                - form: henan/green-factory-third-party-evaluation
                  rows: /factories
                  fields:
                    name: /factory/name
                    agency: /agency/name
            """;
        var right = wrong.Split(':')[0] switch
        {
            "agency" or "agnecy" => "agency: /agency/name",
            "form" => "form: henan/green-factory-third-party-evaluation",
            _ => "rows: /factories",
        };
        mapping = mapping.Replace(right, wrong);
        using var catalog = CatalogWith(mapping);

        Assert.Null(catalog.Current.Find("henan", "recommendation-summary"));
        var problem = catalog.Current.Problems.Single(p => p.Key == "henan/recommendation-summary@2023").Diagnostics.Single(d => d.IsError);
        var yaml = File.ReadAllText(Path.Combine(_root, "henan/recommendation-summary/2023/form.yaml"));
        Assert.Equal($"form.yaml (line {LineOf(yaml, wrong)})", problem.Location);
        Assert.Contains(message, problem.Message);
    }
}
