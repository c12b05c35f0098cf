using System.Text;
using DocGen.Forms.Tests.Support;
using DocGen.Templates.Diagnostics;

namespace DocGen.Forms.Tests;

/// <summary>The table of codes in docs/template-language.md is the error catalog, printed.</summary>
public sealed class DiagnosticsTableTests
{
    private const string Begin = "<!-- diagnostics table: generated from DiagnosticCatalog -->";
    private const string End = "<!-- end of diagnostics table -->";

    [Fact]
    public void TheTemplateLanguagePageListsEveryCodeOfTheCatalogAsItIs()
    {
        var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "template-language.md")).ReplaceLineEndings("\n");
        var start = page.IndexOf(Begin, StringComparison.Ordinal);
        var end = page.IndexOf(End, StringComparison.Ordinal);
        var expected = Table();
        Assert.True(start >= 0 && end > start, $"docs/template-language.md needs the table between \"{Begin}\" and \"{End}\":\n{Begin}\n{expected}{End}");
        var written = page[(start + Begin.Length)..end].Trim('\n') + "\n";
        if (written != expected)
            Assert.Fail($"docs/template-language.md's diagnostics table differs from the catalog; it should read:\n{expected}");
    }

    [Fact]
    public void EveryCodeIsDefinedOnceWithATitleAndAnExplanation()
    {
        Assert.Equal(DiagnosticCatalog.All.Count, DiagnosticCatalog.All.Select(k => k.Code).Distinct().Count());
        Assert.All(DiagnosticCatalog.All, kind =>
        {
            Assert.Matches("^DG0[1-4][0-9]{2}$", kind.Code);
            Assert.False(string.IsNullOrWhiteSpace(kind.TitleZh));
            Assert.False(string.IsNullOrWhiteSpace(kind.ExplanationEn));
            Assert.Same(kind, DiagnosticCatalog.Find(kind.Code));
        });
    }

    private static string Table()
    {
        var table = new StringBuilder("| code | severity | 标题 | meaning | 建议 |\n|---|---|---|---|---|\n");
        foreach (var kind in DiagnosticCatalog.All)
            table.Append($"| {kind.Code} | {(kind.Severity == DiagnosticSeverity.Warning ? "warning" : "error")} | {Cell(kind.TitleZh)} | {Cell(kind.ExplanationEn)} | {Cell(kind.Hint ?? "")} |\n");
        return table.ToString();
    }

    // A pipe ends a cell even inside a code span in a Markdown table.
    private static string Cell(string text) => text.Replace("|", "\\|");
}
