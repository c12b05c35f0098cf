using System.Text.Json;
using DocGen.Authoring;
using DocGen.Forms.Tests.Support;
using DocGen.Templates.Catalog;
using DocGen.Templates.Inspection;

namespace DocGen.Forms.Tests;

public sealed class FormRenderTests
{
    [Fact]
    public void EveryTemplateVersionLoadsWithoutProblems()
    {
        var problems = FormCases.Catalog.Current.Problems.SelectMany(p => p.Diagnostics.Where(d => d.IsError)).Select(d => d.ToString()).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.NotEmpty(FormCases.Catalog.Current.Forms);
    }

    [Theory]
    [MemberData(nameof(FormCases.Versions), MemberType = typeof(FormCases))]
    public void BlankFormIsValidAndMatchesItsGolden(string key)
    {
        var version = FormCases.Find(key);
        var blank = FormToFill.Of(version).RenderBlank();
        var errors = Docx.ValidationErrors(blank);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        CheckGoldens(Path.Combine(Repository.Cases, version.Authority, version.Form, version.Version, "blank"), blank);
    }

    [Theory]
    [MemberData(nameof(FormCases.Samples), MemberType = typeof(FormCases))]
    public void SampleRenderIsValidShowsItsDataAndMatchesItsGolden(string key, string sample)
    {
        var version = FormCases.Find(key);
        using var data = JsonDocument.Parse(File.ReadAllBytes(version.Samples[sample]));
        var form = FormToFill.Of(version);
        using var prepared = form.Prepare(data.RootElement, "sample", DocGen.Validation.ValidationMode.Final, CancellationToken.None);
        Assert.True(prepared.Acceptable, string.Join("\n", prepared.Errors));
        var result = form.Render(prepared, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var errors = Docx.ValidationErrors(result.Document!);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var text = NoticeText.Normalize(NoticeCoverage.DocumentText(result.Document!));
        foreach (var value in Strings(data.RootElement).Where(s => s.Length >= 2 && s.Length < 2000 && !LooksLikeImageOrCode(s)))
            Assert.True(text.Contains(NoticeText.Normalize(FirstLine(value)), StringComparison.Ordinal), $"{sample}: the value \"{FirstLine(value)}\" does not appear in the document");
        CheckGoldens(Path.Combine(Repository.Cases, version.Authority, version.Form, version.Version, sample), result.Document!);
    }

    [Theory]
    [MemberData(nameof(FormCases.Versions), MemberType = typeof(FormCases))]
    public void EverySchemaFieldAppearsInTheTemplate(string key)
    {
        var unused = FormCases.Find(key).Warnings.Where(w => w.Code == "DG0204").Select(w => w.Message).ToList();
        Assert.True(unused.Count == 0, string.Join("\n", unused));
    }

    [Theory]
    [MemberData(nameof(FormCases.Versions), MemberType = typeof(FormCases))]
    public void CommittedTemplateIsWhatItsSourceCompilesTo(string key)
    {
        var version = FormCases.Find(key);
        var source = Path.Combine(version.Directory, "template.src.txt");
        if (!File.Exists(source)) return; // edited in Word since: the .docx alone is the template
        var compiled = FormSourceCompiler.Compile(File.ReadAllText(source));
        Assert.True(compiled.Docx is not null, string.Join("\n", compiled.Errors.Select(e => $"line {e.Line}: {e.Message}")));
        Assert.True(compiled.Docx.SequenceEqual(version.TemplateBytes), $"{key}: template.docx is stale; run docgen author {source}");
    }

    /// <summary>The body, and each header and footer, against its golden: a page number or a running title is part of the form.</summary>
    private static void CheckGoldens(string directory, byte[] docx)
    {
        foreach (var part in Docx.PrintedParts(docx))
            Golden.Check(directory, Path.GetFileName(part), Docx.Part(docx, part));
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    private static string FirstLine(string value) => value.Split('\n')[0];

    // Images, dates and enum codes are printed transformed (a picture, 2025年6月30日, ☑): checked by goldens instead.
    private static bool LooksLikeImageOrCode(string s) => s.Length > 500 && !s.Any(c => c > 0x2E80) || s.StartsWith("data:", StringComparison.Ordinal) || System.Text.RegularExpressions.Regex.IsMatch(s, @"^\d{4}-\d{2}(-\d{2})?$");
}
