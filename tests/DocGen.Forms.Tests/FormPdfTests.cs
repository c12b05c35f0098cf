using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocGen.Conversion;
using DocGen.Forms.Tests.Support;
using DocGen.Templates.Catalog;
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
        var docx = FormToFill.Of(version).RenderBlank();
        var pdf = await CheckPdf(key, docx, version.Manifest.Title);
        PageGoldens.Check(Path.Combine(Repository.Cases, version.Authority, version.Form, version.Version, "blank"), pdf);
    }

    [Theory]
    [MemberData(nameof(FormCases.Samples), MemberType = typeof(FormCases))]
    public async Task SamplePrintsAsA4PdfWithEmbeddedFonts(string key, string sample)
    {
        var version = FormCases.Find(key);
        using var data = JsonDocument.Parse(File.ReadAllBytes(version.Samples[sample]));
        var form = FormToFill.Of(version);
        using var prepared = form.Prepare(data.RootElement, "sample", DocGen.Validation.ValidationMode.Final, CancellationToken.None);
        var docx = form.Render(prepared, CancellationToken.None).Document!;
        var pdf = await CheckPdf($"{key} {sample}", docx, version.Manifest.Title, UnbreakableValues(prepared.Computed).ToList());
        if (sample == version.Samples.Keys.Min(StringComparer.Ordinal))
            PageGoldens.Check(Path.Combine(Repository.Cases, version.Authority, version.Form, version.Version, sample), pdf);
    }

    /// <summary>Codes, phone numbers and e-mail addresses of a sample: a reader copies them, so none may be split over two lines.</summary>
    private static IEnumerable<string> UnbreakableValues(JsonElement data) => data.ValueKind switch
    {
        JsonValueKind.Object => data.EnumerateObject().SelectMany(p => UnbreakableValues(p.Value)),
        JsonValueKind.Array => data.EnumerateArray().SelectMany(UnbreakableValues),
        JsonValueKind.String when Unbreakable().IsMatch(data.GetString()!) => [data.GetString()!],
        _ => [],
    };

    /// <summary>Each form version whose schema has a 统一社会信用代码, telephone or e-mail field, once per round of worst values.</summary>
    public static TheoryData<string, int> VersionsWithCodesPhonesOrEmails()
    {
        var data = new TheoryData<string, int>();
        foreach (var form in FormCases.Catalog.Current.Forms)
        {
            foreach (var version in form.Versions)
            {
                if (!version.Samples.Any() || !WorstValues.FieldsOf(version.Schema).Any()) continue;
                for (var round = 0; round < WorstValues.Rounds; round++) data.Add(version.Key, round);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(VersionsWithCodesPhonesOrEmails))]
    public async Task TheWidestCodesPhoneNumbersAndEmailAddressesAFieldAcceptsPrintOnOneLine(string key, int round)
    {
        var version = FormCases.Find(key);
        var sample = version.Samples.Keys.Min(StringComparer.Ordinal)!;
        var data = JsonNode.Parse(File.ReadAllText(version.Samples[sample]))!;
        var placed = WorstValues.Place(version.Schema, data, round);
        Assert.NotEmpty(placed);
        Assert.Equal(placed.Count, placed.Distinct(StringComparer.Ordinal).Count());
        using var json = JsonDocument.Parse(data.ToJsonString());
        var form = FormToFill.Of(version);
        using var prepared = form.Prepare(json.RootElement, "worst", DocGen.Validation.ValidationMode.Final, CancellationToken.None);
        Assert.True(prepared.Acceptable, $"{key} round {round}: {string.Join("; ", prepared.Errors)}");
        var docx = form.Render(prepared, CancellationToken.None).Document!;
        await CheckPdf($"{key} round {round}", docx, version.Manifest.Title, placed);
    }

    [Fact]
    public async Task AReconstructedFormsPdfStatesItsConfidenceBesideItsProvenance()
    {
        var version = FormCases.Find("miit/green-park-self-evaluation@2022");
        var docx = FormToFill.Of(version).RenderBlank();
        var properties = version.PropertiesFor("blank");
        var result = await pdf.Pool.ConvertAsync(docx, new PdfConversionOptions { Title = properties.Title, Subject = properties.Subject, Keywords = properties.Keywords }, CancellationToken.None);
        using var poppler = new Poppler(result.Pdf);
        var info = poppler.Info();
        Assert.Contains("Subject:         miit/green-park-self-evaluation@2022 reconstructed provincial-copy\n", info);
        Assert.Contains("Keywords:        miit/green-park-self-evaluation@2022; provenance=reconstructed; confidence=provincial-copy; data-sha256=blank\n", info);
    }

    private async Task<byte[]> CheckPdf(string name, byte[] docx, string title, IReadOnlyList<string>? unbreakable = null)
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
        if (unbreakable is { Count: > 0 })
        {
            var lines = poppler.Text("-layout").Split('\n').Select(Compact).ToList();
            foreach (var value in unbreakable)
                Assert.True(lines.Any(l => l.Contains(Compact(value), StringComparison.Ordinal)), $"{name}: \"{value}\" is broken over two lines in the PDF");
        }
        return result.Pdf;
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>统一社会信用代码, a mobile or landline number (with area code), an e-mail address.</summary>
    [GeneratedRegex(@"^(?:[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}|(?:\+?86[ \-]?)?1[3-9]\d{9}|[(（]?0\d{2,3}[)）\- ]?[2-9]\d{6,7}(?:-\d{1,6})?|[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9.\-]{1,80}\.[A-Za-z]{2,24})$")]
    private static partial Regex Unbreakable();

    [GeneratedRegex(@"^Page\s+\d+ size:")]
    private static partial Regex PageSize();
}
