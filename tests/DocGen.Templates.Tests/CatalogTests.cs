using DocGen.Templates.Catalog;
using static DocGen.Templates.Tests.Support.TestDocx;

namespace DocGen.Templates.Tests;

public sealed class CatalogTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "docgen-catalog-" + Guid.NewGuid().ToString("N"));

    private void Version(string form, string version, string body, string provenance = "official", string? schema = null, string? sample = "{}")
    {
        var dir = Path.Combine(_root, "henan", form, version);
        Directory.CreateDirectory(Path.Combine(dir, "samples"));
        File.WriteAllText(Path.Combine(dir, "form.yaml"), $"title: 表{version}\nauthority: henan\nprovenance: {provenance}\nconstants:\n  year: {version}\n");
        File.WriteAllText(Path.Combine(dir, "schema.json"), schema ?? """{"type":"object","properties":{"name":{"type":"string","title":"名称"}}}""");
        File.WriteAllBytes(Path.Combine(dir, "template.docx"), FromBody(body));
        if (sample is not null) File.WriteAllText(Path.Combine(dir, "samples", "a.json"), sample);
    }

    [Fact]
    public void VersionsAreOrderedAndTheLatestIsTheDefault()
    {
        Version("f", "2023", P("{{ name }}"));
        Version("f", "2024", P("{{ name }}{{ form.year }}"));
        Version("f", "2024.1", P("{{ name }}"));
        using var catalog = new FormCatalog(_root);
        var form = Assert.Single(catalog.Current.Forms);
        Assert.Equal(["2023", "2024", "2024.1"], form.Versions.Select(v => v.Version));
        Assert.Equal("2024.1", form.Find(null)!.Version);
        Assert.Equal("2023", form.Find("2023")!.Version);
        Assert.Null(form.Find("2019"));
    }

    [Fact]
    public void BrokenVersionsAreReportedWithEveryReasonAndNotServed()
    {
        Version("f", "2023", P("{{ name }}"));
        Version("f", "2024", P("{{ name") + P("{{ nme }}"), provenance: "copied", sample: """{"name":1}""");
        using var catalog = new FormCatalog(_root);
        Assert.Equal("2023", Assert.Single(catalog.Current.Forms).Latest.Version);
        var problem = Assert.Single(catalog.Current.Problems);
        Assert.Equal("henan/f@2024", problem.Key);
        Assert.Equal(["DG0101", "DG0201", "DG0301", "DG0303"], problem.Diagnostics.Where(d => d.IsError).Select(d => d.Code).Order());
    }

    [Fact]
    public void AReconstructedFormMustStateItsBasis()
    {
        Version("f", "2023", P("{{ name }}"), provenance: "reconstructed");
        using var catalog = new FormCatalog(_root);
        Assert.Contains(Assert.Single(catalog.Current.Problems).Diagnostics, d => d.Message.Contains("basis"));
    }

    [Theory]
    [InlineData("basis: 河南表的全国版\n", "must state its confidence")]
    [InlineData("basis: 河南表的全国版\nconfidence: likely\n", "must state its confidence")]
    [InlineData("basis: 河南表的全国版\nconfidence: national-copy\n", "must list the copies consulted")]
    [InlineData("basis: 河南表的全国版\nconfidence: national-copy\nconsulted:\n  - title: 附件4-2\n    year: 2018\n    took: 基本信息表\n", "consulted[0].address is missing")]
    public void AReconstructedFormMustSayHowSureItIsAndWhatItWasComparedWith(string manifest, string message) =>
        AssertTheOnlyProblem("reconstructed", manifest, message);

    [Fact]
    public void AnOfficialFormStatesNoConfidence() =>
        AssertTheOnlyProblem("official", "confidence: national-copy\n", "reconstructed forms only");

    // A version whose form.yaml ends with the given lines is refused with a diagnostic saying so.
    private void AssertTheOnlyProblem(string provenance, string manifestTail, string message)
    {
        Version("f", "2023", P("{{ name }}"), provenance);
        File.AppendAllText(Path.Combine(_root, "henan", "f", "2023", "form.yaml"), manifestTail);
        using var catalog = new FormCatalog(_root);
        Assert.Contains(Assert.Single(catalog.Current.Problems).Diagnostics, d => d.Message.Contains(message));
    }

    [Fact]
    public void ConfidenceAndTheCopiesConsultedTravelInTheDocumentProperties()
    {
        AVersionOnABaseRendersTheBaseTemplateWithItsOwnConstants();
        using var catalog = new FormCatalog(_root);
        var version = catalog.Current.Find("miit", "f")!.Latest;
        Assert.Equal("provincial-copy", version.Manifest.Confidence);
        Assert.Equal(2023, Assert.Single(version.Manifest.Consulted).Year);
        var properties = version.PropertiesFor("abc");
        Assert.Equal("miit/f@2022 reconstructed provincial-copy", properties.Subject);
        Assert.Equal("miit/f@2022; provenance=reconstructed; confidence=provincial-copy; data-sha256=abc", properties.Keywords);
    }

    [Fact]
    public void AVersionWithoutSamplesIsNotServed()
    {
        Version("f", "2023", P("{{ name }}"), sample: null);
        using var catalog = new FormCatalog(_root);
        Assert.Empty(catalog.Current.Forms);
    }

    [Fact]
    public void ReloadPicksUpChangesAndReusesUnchangedVersions()
    {
        Version("f", "2023", P("{{ name }}"));
        using var catalog = new FormCatalog(_root);
        var before = catalog.Current.Forms[0].Latest;
        Version("g", "2023", P("{{ name }}"));
        var after = catalog.Reload();
        Assert.Equal(2, after.Forms.Count);
        Assert.Same(before, after.Find("henan", "f")!.Latest);
    }

    [Fact]
    public void AVersionOnABaseRendersTheBaseTemplateWithItsOwnConstants()
    {
        Version("f", "2023", P("{{ form.issuer }}{{ name }}"));
        File.AppendAllText(Path.Combine(_root, "henan", "f", "2023", "form.yaml"), "  issuer: 河南省工业和信息化厅制\n");
        var national = Path.Combine(_root, "miit", "f", "2022");
        Directory.CreateDirectory(Path.Combine(national, "samples"));
        File.WriteAllText(Path.Combine(national, "form.yaml"), "title: 国家表\nauthority: miit\nprovenance: reconstructed\nbasis: 河南表的全国版\nconfidence: provincial-copy\nconsulted:\n  - title: 河南表\n    address: henan/f@2023\n    year: 2023\n    took: 全文\nbase: henan/f@2023\nconstants:\n  issuer: 工业和信息化部制\n");
        File.WriteAllText(Path.Combine(national, "samples", "a.json"), "{}");
        using var catalog = new FormCatalog(_root);
        Assert.Empty(catalog.Current.Problems);
        var version = catalog.Current.Find("miit", "f")!.Latest;
        var rendered = version.Template.Render(System.Text.Json.JsonDocument.Parse("""{"name":"甲"}""").RootElement, version.RenderOptionsFor("x"));
        Assert.Equal("工业和信息化部制甲", Text(rendered.Document!));
    }

    [Fact]
    public void ABaseMayStandOnAnotherBase()
    {
        AVersionOnABaseRendersTheBaseTemplateWithItsOwnConstants();
        var next = Path.Combine(_root, "miit", "f", "2023");
        Directory.CreateDirectory(Path.Combine(next, "samples"));
        File.WriteAllText(Path.Combine(next, "form.yaml"), "title: 国家表\nauthority: miit\nprovenance: reconstructed\nbasis: 下一年度\nconfidence: synthetic\nbase: miit/f@2022\nconstants:\n  issuer: 下一年度\n");
        File.WriteAllText(Path.Combine(next, "samples", "a.json"), "{}");
        using var catalog = new FormCatalog(_root);
        Assert.Empty(catalog.Current.Problems);
        var version = catalog.Current.Find("miit", "f")!.Find("2023")!;
        Assert.Equal("下一年度", Text(version.Template.Render(System.Text.Json.JsonDocument.Parse("{}").RootElement, version.RenderOptionsFor("x")).Document!));
    }

    [Fact]
    public void AChangedBaseReloadsTheVersionsStandingOnIt()
    {
        AVersionOnABaseRendersTheBaseTemplateWithItsOwnConstants();
        using var catalog = new FormCatalog(_root);
        var before = catalog.Current.Find("miit", "f")!.Latest;
        File.WriteAllBytes(Path.Combine(_root, "henan", "f", "2023", "template.docx"), FromBody(P("新版{{ form.issuer }}")));
        var after = catalog.Reload().Find("miit", "f")!.Latest;
        Assert.NotSame(before, after);
        Assert.Equal("新版工业和信息化部制", Text(after.Template.Render(System.Text.Json.JsonDocument.Parse("{}").RootElement, after.RenderOptionsFor("x")).Document!));
    }

    [Fact]
    public void AMissingBaseIsReported() => AssertTheOnlyProblem("official", "base: henan/nothing@2020\n", "does not exist");

    [Theory]
    [InlineData("henan/f")]
    [InlineData("henan/f@../../x")]
    [InlineData("henan/f@2023/x")]
    public void ABaseThatNamesNoVersionOrLeavesTheTemplatesFolderIsReported(string reference) =>
        AssertTheOnlyProblem("official", $"base: {reference}\n", "must name a version as authority/form@version");

    [Fact]
    public void SuggestionsRankTheNearestIdsFirst()
    {
        Version("green-factory", "2023", P("{{ name }}"));
        Version("annual-review", "2023", P("{{ name }}"));
        using var catalog = new FormCatalog(_root);
        Assert.Equal("henan/green-factory", catalog.Current.Suggest("henan/green-factroy")[0]);
    }

    [Fact]
    public void FileNamesComeFromThePatternAndAreSafe()
    {
        Version("f", "2023", P("{{ name }}"));
        var dir = Path.Combine(_root, "henan", "f", "2023");
        File.AppendAllText(Path.Combine(dir, "form.yaml"), "fileName: \"{{ name }}申报表\"\n");
        using var catalog = new FormCatalog(_root);
        var version = catalog.Current.Forms[0].Latest;
        Assert.Equal("甲乙公司申报表", version.FileNameFor(System.Text.Json.JsonDocument.Parse("""{"name":"甲/乙:公司"}""").RootElement));
        Assert.Equal("申报表", version.FileNameFor(System.Text.Json.JsonDocument.Parse("{}").RootElement));
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, true); } catch (IOException) { }
    }
}
