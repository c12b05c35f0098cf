using System.Text.Json;
using System.Text.RegularExpressions;
using DocGen.Conversion;
using DocGen.Forms.Tests.Support;
using DocGen.Templates.Inspection;

namespace DocGen.Forms.Tests;

/// <summary>
/// Every form, blank and with each sample, comes out as a printable A4 PDF with its text and embedded fonts; the
/// blank form and the first sample print page for page as their golden page images.
/// </summary>
public sealed partial class FormPdfTests(PdfPool pdf) : IClassFixture<PdfPool>
{
    [Theory]
    [MemberData(nameof(FormCases.Versions), MemberType = typeof(FormCases))]
    public async Task BlankFormPrintsAsA4PdfWithEmbeddedFonts(string key)
    {
        var version = FormCases.Find(key);
        var docx = version.Template.Render(JsonDocument.Parse("{}").RootElement, version.RenderOptionsFor("blank")).Document!;
        var pdf = await CheckPdf(key, docx, version.Manifest.Title);
        PageGoldens.Check(Path.Combine(Repository.Cases, version.Authority, version.Form, version.Version, "blank"), pdf);
    }

    [Theory]
    [MemberData(nameof(FormCases.Samples), MemberType = typeof(FormCases))]
    public async Task SamplePrintsAsA4PdfWithEmbeddedFonts(string key, string sample)
    {
        var version = FormCases.Find(key);
        using var data = JsonDocument.Parse(File.ReadAllBytes(version.Samples[sample]));
        var (prepared, _) = version.Prepare(data.RootElement, DocGen.Validation.ValidationMode.Final);
        var docx = version.Template.Render(prepared!.Value, version.RenderOptionsFor("sample")).Document!;
        var pdf = await CheckPdf($"{key} {sample}", docx, version.Manifest.Title);
        if (sample == version.Samples.Keys.Min(StringComparer.Ordinal))
            PageGoldens.Check(Path.Combine(Repository.Cases, version.Authority, version.Form, version.Version, sample), pdf);
    }

    [Fact]
    public async Task AReconstructedFormsPdfStatesItsConfidenceBesideItsProvenance()
    {
        var version = FormCases.Find("miit/green-park-self-evaluation@2022");
        var docx = version.Template.Render(JsonDocument.Parse("{}").RootElement, version.RenderOptionsFor("blank")).Document!;
        var properties = version.PropertiesFor("blank");
        var result = await pdf.Pool.ConvertAsync(docx, new PdfConversionOptions { Title = properties.Title, Subject = properties.Subject, Keywords = properties.Keywords }, CancellationToken.None);
        using var poppler = new Poppler(result.Pdf);
        var info = poppler.Info();
        Assert.Contains("Subject:         miit/green-park-self-evaluation@2022 reconstructed provincial-copy\n", info);
        Assert.Contains("Keywords:        miit/green-park-self-evaluation@2022; provenance=reconstructed; confidence=provincial-copy; data-sha256=blank\n", info);
    }

    private async Task<byte[]> CheckPdf(string name, byte[] docx, string title)
    {
        var result = await pdf.Pool.ConvertAsync(docx, new PdfConversionOptions { Title = title }, CancellationToken.None);
        using var poppler = new Poppler(result.Pdf);
        var pages = poppler.Info("-f", "1", "-l", "10000").Split('\n').Where(l => PageSize().IsMatch(l)).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.True(page.Contains("(A4)", StringComparison.Ordinal), $"{name}: not an A4 page: {page}"));
        var fonts = poppler.Fonts();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, font => Assert.True(font.Embedded == "yes", $"{name}: font not embedded: {font.Name}"));
        var text = poppler.Text();
        Assert.DoesNotContain('\uFFFD', text);
        var docxText = NoticeText.Normalize(NoticeCoverage.DocumentText(docx));
        var pdfText = NoticeText.Normalize(text);
        // Every character of the document is printed (table columns come out interleaved, so count, don't align).
        var printed = pdfText.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var missing = docxText.GroupBy(c => c).Sum(g => Math.Max(0, g.Count() - printed.GetValueOrDefault(g.Key)));
        Assert.True(missing <= docxText.Length / 100, $"{name}: {missing} of {docxText.Length} characters of the document are not in the PDF");
        return result.Pdf;
    }

    [GeneratedRegex(@"^Page\s+\d+ size:")]
    private static partial Regex PageSize();
}
