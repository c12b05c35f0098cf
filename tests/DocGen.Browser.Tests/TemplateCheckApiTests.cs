using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocGen.Browser.Tests.Support;

namespace DocGen.Browser.Tests;

/// <summary>The template check endpoint the check page calls, on its own: answers for bad requests and what a report holds.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TemplateCheckApiTests(BrowserFixture browser)
{
    /// <summary>A check of a 24-page form converts three documents on one loaded worker: minutes, not the default 100 s.</summary>
    private HttpClient Client() => new() { BaseAddress = browser.Server.BaseAddress, Timeout = TimeSpan.FromMinutes(6) };

    private static MultipartFormDataContent Upload(byte[] template, string? sample = null, string? form = null)
    {
        var content = new MultipartFormDataContent { { new ByteArrayContent(template), "template", "template.docx" } };
        if (sample is not null) content.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(sample)), "sample", "sample.json");
        if (form is not null) content.Add(new StringContent(form), "form");
        return content;
    }

    [Fact]
    public async Task ABodyThatIsNotAnUploadIsRefusedWith415()
    {
        using var client = Client();
        var response = await client.PostAsJsonAsync("/api/templates/check", new { template = "x" });
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnUploadWithoutATemplateIsRefusedWith400()
    {
        using var client = Client();
        using var content = new MultipartFormDataContent { { new StringContent("{}"), "schema" } };
        var response = await client.PostAsync("/api/templates/check", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no-template", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnUnknownCatalogFormIsA404WithSuggestions()
    {
        using var client = Client();
        using var content = Upload(TestFiles.Docx(["{{ name }}"], []), form: "henan/annual-review-factroy");
        var response = await client.PostAsync("/api/templates/check", content);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("henan/annual-review-factory", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ASampleThatIsNotJsonIsReportedAndTheBlankIsStillPreviewed()
    {
        using var client = Client();
        using var content = Upload(TestFiles.Docx(["企业名称：{{ name }}"], []), sample: "{ \"name\": ");
        var report = await (await client.PostAsync("/api/templates/check", content)).Content.ReadFromJsonAsync<JsonElement>();

        var diagnostic = Assert.Single(report.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("DG0303", diagnostic.GetProperty("code").GetString());
        Assert.Equal("sample.json", diagnostic.GetProperty("location").GetString());
        var preview = Assert.Single(report.GetProperty("previews").EnumerateArray());
        Assert.Equal("blank", preview.GetProperty("kind").GetString());
        Assert.Equal(1, preview.GetProperty("pageCount").GetInt32());
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(preview.GetProperty("pdf").GetBytesFromBase64()[..5]));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], preview.GetProperty("pages")[0].GetBytesFromBase64()[..4]);
    }

    [Fact]
    public async Task ACopyOfACatalogTemplateIsRecognisedAndItsMistypedTagIsAnErrorOnceWithAWordLocation()
    {
        using var client = Client();
        var original = File.ReadAllBytes(Path.Combine(Repository.Templates, "henan", "green-factory-self-evaluation", "2023", "template.docx"));
        var template = TestFiles.Replace(original, "applicant.name |", "applicant.nmae |");
        using var content = Upload(template);

        var report = await (await client.PostAsync("/api/templates/check", content)).Content.ReadFromJsonAsync<JsonElement>();

        var form = report.GetProperty("form");
        Assert.Equal("henan/green-factory-self-evaluation", form.GetProperty("id").GetString());
        Assert.Equal("2023", form.GetProperty("version").GetString());
        Assert.True(form.GetProperty("recognized").GetBoolean());
        Assert.True(form.GetProperty("similarity").GetDouble() > 0.95);
        var error = Assert.Single(report.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("severity").GetString() == "error");
        Assert.Equal("DG0201", error.GetProperty("code").GetString());
        Assert.Equal("标签引用了数据结构中没有的字段", error.GetProperty("title").GetString());
        Assert.Equal("「applicant」没有字段「nmae」，是否想写「name」？", error.GetProperty("messageZh").GetString());
        Assert.Equal("第1页", error.GetProperty("where").GetString());
        Assert.StartsWith("申报单位：{{ applicant.nmae |", error.GetProperty("context").GetString());
        Assert.DoesNotContain(report.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("message").GetString()!.Contains("\"applicant.name\"", StringComparison.Ordinal));
        Assert.Equal(0, report.GetProperty("tags").GetArrayLength());
    }

    [Fact]
    public async Task ATemplateOfNoCatalogFormWithoutASchemaSaysSoAndListsEveryTag()
    {
        using var client = Client();
        using var content = Upload(TestFiles.Docx(["企业名称：{{ name }}", "再次出现 {{ name }}"], ["简介", "{{ intro }}"]));

        var report = await (await client.PostAsync("/api/templates/check", content)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("not-recognized", report.GetProperty("comparison").GetString());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("form").ValueKind);
        Assert.Equal(JsonValueKind.Null, report.GetProperty("schema").ValueKind);
        var tags = report.GetProperty("tags").EnumerateArray().Select(t => (t.GetProperty("tag").GetString(), t.GetProperty("where").GetString(), t.GetProperty("context").GetString())).ToList();
        Assert.Equal(
            [("{{ name }}", "第1页", "企业名称：{{ name }}"), ("{{ name }}", "第1页", "再次出现 {{ name }}"), ("{{ intro }}", "第1页 第1个表格 第1行 第2格", "{{ intro }}")],
            tags);
    }

    [Fact]
    public async Task ChoosingNoneChecksAgainstNothingEvenForACatalogTemplate()
    {
        using var client = Client();
        var template = File.ReadAllBytes(Path.Combine(Repository.Templates, "guangzhou", "green-manufacturing-case-enterprise", "2024", "template.docx"));
        using var content = Upload(template, form: "none");

        var report = await (await client.PostAsync("/api/templates/check", content)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("none-chosen", report.GetProperty("comparison").GetString());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("form").ValueKind);
        Assert.True(report.GetProperty("tags").GetArrayLength() > 10);
    }

    [Fact]
    public async Task TheCatalogFormSuppliesTheSchemaAndTheConstantsTheTagsRead()
    {
        using var client = Client();
        var template = TestFiles.Docx(["{{ form.heading.attachment }} {{ basic.name }}"], []);
        using var factory = Upload(template, form: "henan/annual-review-factory@2023");
        using var other = Upload(template, form: "guangzhou/green-manufacturing-case-enterprise@2024");

        var matching = await (await client.PostAsync("/api/templates/check", factory)).Content.ReadFromJsonAsync<JsonElement>();
        var wrong = await (await client.PostAsync("/api/templates/check", other)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(0, matching.GetProperty("errors").GetInt32());
        Assert.Equal("henan/annual-review-factory@2023 schema.json", matching.GetProperty("schema").GetString());
        Assert.Equal("henan/annual-review-factory@2023 samples/luoyang-bearing.json", matching.GetProperty("sample").GetString());
        Assert.Contains(matching.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "DG0204");
        var unknown = wrong.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("code").GetString() == "DG0201").Select(d => d.GetProperty("message").GetString()).ToList();
        Assert.Equal(2, unknown.Count);
        Assert.Contains(unknown, m => m!.Contains("constant", StringComparison.Ordinal));
    }

    /// <summary>annual-review-supply-chain's constants (heading, report year) make its blank a page longer than without them.</summary>
    [Fact]
    public async Task TheCheckPreviewsACatalogTemplateOnAsManyPagesAsTheCatalogsBlankPdfAndSaysWhyNotWithoutTheForm()
    {
        using var client = Client();
        var template = File.ReadAllBytes(Path.Combine(Repository.Templates, "henan", "annual-review-supply-chain", "2023", "template.docx"));
        using var recognised = Upload(template);
        using var none = Upload(template, form: "none");

        var report = await (await client.PostAsync("/api/templates/check", recognised)).Content.ReadFromJsonAsync<JsonElement>();
        var uncompared = await (await client.PostAsync("/api/templates/check", none)).Content.ReadFromJsonAsync<JsonElement>();
        using var pdf = new Poppler(await client.GetByteArrayAsync("/api/forms/henan/annual-review-supply-chain/blank?version=2023&format=pdf"));
        var pages = int.Parse(pdf.Info().Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal("recognized", report.GetProperty("comparison").GetString());
        Assert.Equal("henan/annual-review-supply-chain", report.GetProperty("form").GetProperty("id").GetString());
        var blank = Blank(report);
        Assert.Equal(pages, blank.GetProperty("pageCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, blank.GetProperty("note").ValueKind);
        // Without the form its constants are empty: the preview is shorter, and says so.
        Assert.NotEqual(pages, Blank(uncompared).GetProperty("pageCount").GetInt32());
        Assert.Contains("常量为空", Blank(uncompared).GetProperty("note").GetString());
    }

    [Fact]
    public async Task ChoosingNoneReportsEveryConstantTheTemplateReadsOnceWithItsPage()
    {
        using var client = Client();
        var template = File.ReadAllBytes(Path.Combine(Repository.Templates, "henan", "annual-review-supply-chain", "2023", "template.docx"));
        var read = ConstantsIn(template);
        using var content = Upload(template, form: "none");

        var report = await (await client.PostAsync("/api/templates/check", content)).Content.ReadFromJsonAsync<JsonElement>();

        var warnings = report.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("code").GetString() == "DG0206").ToList();
        Assert.True(read.Count >= 4, string.Join(", ", read));
        Assert.Equal(read, warnings.Select(w => Regex.Match(w.GetProperty("tag").GetString()!, @"form(\.\w+)+").Value));
        Assert.All(warnings, w =>
        {
            Assert.Equal("warning", w.GetProperty("severity").GetString());
            Assert.Matches(@"^第\d+页", w.GetProperty("where").GetString());
            Assert.Contains(w.GetProperty("tag").GetString()!, w.GetProperty("context").GetString());
            Assert.Contains("未对照目录表单时为空", w.GetProperty("messageZh").GetString());
        });
        Assert.Equal(0, report.GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task EveryTagOfALongTemplateIsGivenItsPageAndCell()
    {
        using var client = Client();
        var template = File.ReadAllBytes(Path.Combine(Repository.Templates, "henan", "green-factory-self-evaluation", "2023", "template.docx"));
        using var content = Upload(template, form: "none");

        var report = await (await client.PostAsync("/api/templates/check", content)).Content.ReadFromJsonAsync<JsonElement>();

        var tags = report.GetProperty("tags").EnumerateArray().Select(t => (Tag: t.GetProperty("tag").GetString()!, Where: t.GetProperty("where").GetString()!)).ToList();
        Assert.True(tags.Count > 200);
        Assert.All(tags, t => Assert.Matches(@"^第\d+页", t.Where));
        // A cover line of wide spaces, cells read column by column, a loop's first cell split over two pages.
        Assert.Equal(tags.Single(t => t.Tag.Contains("form.issuer", StringComparison.Ordinal)).Where, tags.Single(t => t.Tag.Contains("applicant.name", StringComparison.Ordinal)).Where);
        Assert.Equal("第4页 第1个表格 第4行 第2格", tags.First(t => t.Tag.Contains("basic.nature", StringComparison.Ordinal)).Where);
        var loop = tags.Single(t => t.Tag.StartsWith("{{ for p in projects", StringComparison.Ordinal)).Where;
        Assert.Equal(loop.Split(' ')[0], tags.Single(t => t.Tag == "{{ p.name }}").Where.Split(' ')[0]);
    }

    /// <summary>Five mistakes officials make in Word, in one copy of a catalog template that still compiles.</summary>
    [Fact]
    public async Task MistakesMadeInWordAreEachOneErrorInChineseWhereWordShowsThem()
    {
        using var client = Client();
        var original = File.ReadAllBytes(Path.Combine(Repository.Templates, "henan", "green-factory-self-evaluation", "2023", "template.docx"));
        var template = TestFiles.Edit(original,
            ("word/document.xml", "{{ p.period }}", "{{ p.perod }}"),
            ("word/document.xml", "{{ p.content | paragraphs }}", "{{ pp.content | paragraphs }}"),
            ("word/document.xml", """<w:r><w:t xml:space="preserve">{{ basic.address }}</w:t></w:r>""", WordMarkup.SplitTag("{{ basic.", "adress", " }}")),
            ("word/document.xml", """<w:t xml:space="preserve">附件2</w:t></w:r>""", """<w:t xml:space="preserve">附件2</w:t></w:r>""" + WordMarkup.TextBox("编号：{{ applicant.locaton }}")),
            ("word/footer1.xml", """<w:r><w:t xml:space="preserve">— </w:t></w:r>""", """<w:r><w:t xml:space="preserve">{{ applicant.nmae }}— </w:t></w:r>"""));
        using var content = Upload(template);

        var report = await (await client.PostAsync("/api/templates/check", content)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("recognized", report.GetProperty("comparison").GetString());
        var errors = report.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (Code: d.GetProperty("code").GetString(), Tag: d.GetProperty("tag").GetString(), Where: d.GetProperty("where").GetString()!, Context: d.GetProperty("context").GetString(), Message: d.GetProperty("messageZh").GetString()))
            .ToList();
        Assert.Equal(0, report.GetProperty("warnings").GetInt32());
        Assert.Equal(
            ["{{ applicant.locaton }}", "{{ applicant.nmae }}", "{{ basic.adress }}", "{{ p.perod }}", "{{ pp.content | paragraphs }}"],
            errors.Select(e => e.Tag).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Equal("DG0201", e.Code));
        Assert.All(errors, e => Assert.Contains(e.Tag!, e.Context));
        var byTag = errors.ToDictionary(e => e.Tag!);
        Assert.Matches(@"^第\d+页 第1个表格 第2行 第2格$", byTag["{{ basic.adress }}"].Where);
        Assert.Equal("「basic」没有字段「adress」，是否想写「address」？", byTag["{{ basic.adress }}"].Message);
        Assert.Matches(@"^第\d+页 第2个表格 第2行 第3格$", byTag["{{ pp.content | paragraphs }}"].Where);
        Assert.Contains("循环变量「p」", byTag["{{ pp.content | paragraphs }}"].Message);
        Assert.Matches(@"^第\d+页 第2个表格 第2行 第4格$", byTag["{{ p.perod }}"].Where);
        Assert.Equal("第1页 第1个文本框", byTag["{{ applicant.locaton }}"].Where);
        Assert.Equal("编号：{{ applicant.locaton }}", byTag["{{ applicant.locaton }}"].Context);
        Assert.Equal("第1页 页脚", byTag["{{ applicant.nmae }}"].Where);
    }

    [Theory]
    [InlineData("{{ c.results | lines }}", "{{ c.results | line }}", "DG0104", "是否想写「lines」")]
    [InlineData("{{ c.results | lines }}</w:t></w:r><w:r><w:t xml:space=\"preserve\">{{ end }}", "{{ c.results | lines }}</w:t></w:r><w:r><w:t xml:space=\"preserve\">", "DG0106", "{{ end }}")]
    [InlineData("{{ c.caseName }}", "{{ c.caseName }}{{ end }}", "DG0105", "end")]
    public async Task ATagThatBreaksTheTemplateIsOneErrorInChineseInItsCell(string text, string broken, string code, string named)
    {
        using var client = Client();
        var original = File.ReadAllBytes(Path.Combine(Repository.Templates, "guangzhou", "case-summary", "2024", "template.docx"));
        var template = TestFiles.Edit(original, ("word/document.xml", text, broken));
        using var content = Upload(template);

        var report = await (await client.PostAsync("/api/templates/check", content)).Content.ReadFromJsonAsync<JsonElement>();

        var error = Assert.Single(report.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal("error", error.GetProperty("severity").GetString());
        Assert.Contains(named, error.GetProperty("messageZh").GetString());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error.GetProperty("messageZh").GetString());
        Assert.Matches(@"^第1页 第1个表格 第\d+行 第\d+格$", error.GetProperty("where").GetString());
        Assert.Contains(error.GetProperty("tag").GetString()!, error.GetProperty("context").GetString());
    }

    private static JsonElement Blank(JsonElement report) => report.GetProperty("previews").EnumerateArray().Single(p => p.GetProperty("kind").GetString() == "blank");

    /// <summary>The constants (<c>form.…</c>) the template's tags read, each once, in the order the document first reads them.</summary>
    private static List<string> ConstantsIn(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var text = Regex.Replace(reader.ReadToEnd(), "<[^>]+>", "");
        return Regex.Matches(text, @"\{\{[^}]*?\b(form(\.\w+)+)").Select(m => m.Groups[1].Value).Distinct().ToList();
    }
}
