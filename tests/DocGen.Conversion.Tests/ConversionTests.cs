using System.Text.RegularExpressions;

namespace DocGen.Conversion.Tests;

public sealed class ConversionTests : IClassFixture<PoolFixture>
{
    private readonly LibreOfficePool _pool;

    public ConversionTests(PoolFixture fixture) => _pool = fixture.Pool;

    [Fact]
    public async Task Converts_the_filled_form_with_its_text_on_A4_pages()
    {
        var result = await _pool.ConvertAsync(TestDocuments.FilledForm(), null, CancellationToken.None);

        using var pdf = new Poppler(result.Pdf);
        var text = Regex.Replace(pdf.Text(), @"\s+", string.Empty);
        Assert.Contains("滨江新区老旧小区综合改造及配套基础设施提升工程", text);
        Assert.Contains("某某市滨江新区城市建设投资集团有限公司", text);
        Assert.Contains("91330100MA2H7K3Q5X", text);
        Assert.Contains("滨发改审批〔2025〕36号", text);
        Assert.Contains("29594.81", text);
        Assert.DoesNotContain("\uFFFD", text);
        Assert.DoesNotContain("{", text);

        var pages = int.Parse(Regex.Match(pdf.Info(), @"Pages:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(11, pages);
        var sizes = Regex.Matches(pdf.Info("-f", "1", "-l", pages.ToString(System.Globalization.CultureInfo.InvariantCulture)), @"Page\s+\d+ size:\s+(.*)")
            .Select(m => m.Groups[1].Value.Trim()).ToArray();
        Assert.Equal(pages, sizes.Length);
        Assert.All(sizes, size => Assert.EndsWith("(A4)", size));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_document_with_reviewers_comments_converts_with_its_text_and_without_the_comments(bool inHeader)
    {
        // LibreOffice without its desktop interface (libreoffice-writer-nogui) has no comment window to lay a loaded
        // comment out in: a worker that kept them aborted, so a document commented in Word could not be printed.
        var result = await _pool.ConvertAsync(TestDocuments.Commented(inHeader), null, CancellationToken.None);

        using var pdf = new Poppler(result.Pdf);
        var text = pdf.Text();
        Assert.Contains("申报单位正文", text, StringComparison.Ordinal);
        Assert.DoesNotContain("审核意见不打印", text, StringComparison.Ordinal);
        if (inHeader)
        {
            Assert.Contains("页眉文字", text, StringComparison.Ordinal);
            Assert.DoesNotContain("页眉意见不打印", text, StringComparison.Ordinal);
        }

        Assert.Equal(0, _pool.Status.Restarts);
    }

    [Fact]
    public async Task Embeds_every_font_and_keeps_the_check_boxes()
    {
        var result = await _pool.ConvertAsync(TestDocuments.FilledForm(), null, CancellationToken.None);

        using var pdf = new Poppler(result.Pdf);
        var fonts = pdf.Fonts();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, font => Assert.Equal("yes", font.Embedded));
        // 宋体/仿宋/方正小标宋 are set in the serif and 黑体 in the sans CJK face (both from one Noto CJK collection).
        Assert.Contains(fonts, f => f.Name.Contains("NotoSerifCJK", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.Name.Contains("NotoSansCJK", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.Name.Contains("LiberationSerif", StringComparison.Ordinal));

        var text = pdf.Text();
        Assert.Contains("☑", text);
        Assert.Contains("□", text);
    }

    [Fact]
    public async Task Reports_the_fonts_LibreOffice_substitutes()
    {
        var result = await _pool.ConvertAsync(TestDocuments.FilledForm(), null, CancellationToken.None);

        var substitutions = result.FontSubstitutions.ToDictionary(s => s.Requested);
        Assert.Equal(new FontSubstitution("宋体", "Noto Serif CJK SC", Mapped: true), substitutions["宋体"]);
        Assert.Equal(new FontSubstitution("黑体", "Noto Sans CJK SC", Mapped: true), substitutions["黑体"]);
        Assert.Equal(new FontSubstitution("仿宋_GB2312", "Noto Serif CJK SC", Mapped: true), substitutions["仿宋_GB2312"]);
        Assert.Equal(new FontSubstitution("方正小标宋简体", "Noto Serif CJK SC", Mapped: true), substitutions["方正小标宋简体"]);
        Assert.Equal(new FontSubstitution("Times New Roman", "Liberation Serif", Mapped: true), substitutions["Times New Roman"]);
    }

    [Fact]
    public async Task Reports_the_families_the_caller_names_without_reading_them_from_the_document()
    {
        // The families a caller hands over (its template's) are the ones reported; the document's own are not looked for.
        var result = await _pool.ConvertAsync(TestDocuments.FilledForm(), new PdfConversionOptions { FontFamilies = ["Wingdings", "宋体"] }, CancellationToken.None);

        Assert.Equal(["Wingdings", "宋体"], result.FontSubstitutions.Select(s => s.Requested).Order(StringComparer.Ordinal));
        Assert.False(result.FontSubstitutions.Single(s => s.Requested == "Wingdings").Mapped);
    }

    [Fact]
    public async Task Carries_core_properties_into_the_PDF_metadata_verbatim()
    {
        var docx = TestDocuments.WithCoreProperties(
            TestDocuments.FilledForm(),
            title: "绿色工厂自评价报告",
            subject: "miit/green-factory@2024.1; provenance=official",
            keywords: "miit/green-factory@2024.1; provenance=official; sha256:9f86d081884c7d65");

        var result = await _pool.ConvertAsync(docx, null, CancellationToken.None);

        using var pdf = new Poppler(result.Pdf);
        var info = pdf.Info();
        Assert.Contains("Title:           绿色工厂自评价报告\n", info);
        Assert.Contains("Subject:         miit/green-factory@2024.1; provenance=official\n", info);
        // LibreOffice alone would split cp:keywords at ';' and ':' ("sha256, 9f86..."); the bridge keeps them whole.
        Assert.Contains("Keywords:        miit/green-factory@2024.1; provenance=official; sha256:9f86d081884c7d65\n", info);
    }

    [Fact]
    public async Task Options_override_the_metadata_and_produce_PDF_A_2b()
    {
        var options = new PdfConversionOptions { PdfA = true, Title = "绿色供应链管理企业评价", Keywords = "k1; sha256:ab" };

        var result = await _pool.ConvertAsync(TestDocuments.FilledForm(), options, CancellationToken.None);

        using var pdf = new Poppler(result.Pdf);
        var info = pdf.Info();
        Assert.Contains("Title:           绿色供应链管理企业评价\n", info);
        Assert.Contains("Keywords:        k1; sha256:ab\n", info);
        var xmp = pdf.Info("-meta");
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", xmp);
        Assert.Contains("<pdfaid:conformance>B</pdfaid:conformance>", xmp);
        Assert.All(pdf.Fonts(), font => Assert.Equal("yes", font.Embedded));
    }

    [Fact]
    public async Task A_document_LibreOffice_cannot_read_fails_without_losing_the_worker()
    {
        var restartsBefore = _pool.Status.Restarts;

        var failure = await Assert.ThrowsAsync<PdfConversionFailedException>(
            () => _pool.ConvertAsync("not a word document"u8.ToArray(), null, CancellationToken.None));

        Assert.False(failure.WorkerCrashed);
        var result = await _pool.ConvertAsync(TestDocuments.FilledForm(), null, CancellationToken.None);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(result.Pdf, 0, 5));
        Assert.Equal(restartsBefore, _pool.Status.Restarts);
    }

    [Fact]
    public void Readiness_reports_the_pool()
    {
        var status = _pool.Status;

        Assert.True(status.Ready);
        Assert.Equal(1, status.Workers);
        Assert.Equal(1, status.WorkersUp);
        Assert.Equal(0, status.QueueLength);
        Assert.Equal(4, status.QueueCapacity);
        var worker = Assert.Single(status.WorkerDetails);
        Assert.True(worker.Pid > 0);
        Assert.True(worker.MemoryMb > 0);
    }
}
