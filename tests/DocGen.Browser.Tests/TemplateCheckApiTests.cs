using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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

    [Fact]
    public async Task TheCheckPreviewsACatalogTemplateOnAsManyPagesAsTheCatalogsBlankPdf()
    {
        using var client = Client();
        var template = File.ReadAllBytes(Path.Combine(Repository.Templates, "henan", "green-park-third-party-evaluation", "2023", "template.docx"));
        using var content = Upload(template);
        var report = await (await client.PostAsync("/api/templates/check", content)).Content.ReadFromJsonAsync<JsonElement>();
        var blank = report.GetProperty("previews").EnumerateArray().Single(p => p.GetProperty("kind").GetString() == "blank");

        using var pdf = new Poppler(await client.GetByteArrayAsync("/api/forms/henan/green-park-third-party-evaluation/blank?version=2023&format=pdf"));
        var pages = int.Parse(pdf.Info().Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal("henan/green-park-third-party-evaluation", report.GetProperty("form").GetProperty("id").GetString());
        Assert.Equal(pages, blank.GetProperty("pageCount").GetInt32());
    }
}
