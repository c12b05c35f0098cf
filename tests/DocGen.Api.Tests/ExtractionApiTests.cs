using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocGen.Api.Tests.Support;

namespace DocGen.Api.Tests;

public sealed class ExtractionApiTests(DemoApi api) : IClassFixture<DemoApi>
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Filled = """{"name":"郑州绿源机械有限公司","uscc":"91110000600037341L","intro":"主要生产节能电机。","nature":"民营"}""";

    private readonly HttpClient _client = api.CreateClient();

    private static ByteArrayContent Upload(byte[] bytes, string type = Docx)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    private async Task<byte[]> RenderAsync(string version)
    {
        var response = await _client.PostAsync($"/api/forms/demo/case-form/render?version={version}", new StringContent(Filled, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<JsonElement> ProblemOf(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task AFilledFormPostedToItsExtractGivesItsDataBackWithTheFormsValidation()
    {
        var response = await _client.PostAsync("/api/forms/demo/case-form/extract?version=2024&mode=final", Upload(await RenderAsync("2024")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("demo/case-form", answer.GetProperty("form").GetString());
        Assert.Equal("2024", answer.GetProperty("version").GetString());
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(Filled).RootElement, answer.GetProperty("data")), answer.GetProperty("data").GetRawText());
        Assert.Empty(answer.GetProperty("errors").EnumerateArray());
        Assert.Empty(answer.GetProperty("unmatched").EnumerateArray());
    }

    [Fact]
    public async Task ADocumentWithoutAFormIdIsRecognisedByItsFixedTextDownToTheVersion()
    {
        foreach (var version in new[] { "2024", "2025" })
        {
            var answer = await (await _client.PostAsync("/api/extract", Upload(await RenderAsync(version)))).Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(("demo/case-form", version), (answer.GetProperty("form").GetString(), answer.GetProperty("version").GetString()));
            Assert.Equal(1.0, answer.GetProperty("recognition").GetDouble());
            Assert.Equal("郑州绿源机械有限公司", answer.GetProperty("data").GetProperty("name").GetString());
        }
    }

    [Fact]
    public async Task ADocumentThatIsNoFormOfTheCatalogGets422NamingTheClosestForms()
    {
        var letter = DemoCatalog.Docx(DemoCatalog.P("关于报送2025年度绿色制造名单的函") + DemoCatalog.P("各有关单位：现将有关事项通知如下。"));
        var problem = await ProblemOf(await _client.PostAsync("/api/extract", Upload(letter)), HttpStatusCode.UnprocessableEntity);
        Assert.EndsWith("/unrecognized-form", problem.GetProperty("type").GetString());
        var closest = problem.GetProperty("candidates")[0];
        Assert.Equal("demo/case-form", closest.GetProperty("form").GetString());
        Assert.True(closest.GetProperty("score").GetDouble() < 0.8);
    }

    [Fact]
    public async Task TextTheFormHasNoPlaceForIsListedAsUnmatched()
    {
        var added = DemoCatalog.Docx(DemoCatalog.P("2024年 企业名称：郑州绿源机械有限公司") + DemoCatalog.P("代码：91110000600037341L")
            + DemoCatalog.P("另附：近三年获奖情况说明") + DemoCatalog.P("企业简介：主要生产节能电机。") + DemoCatalog.P("□国有 ■民营") + DemoCatalog.P("照片："));
        var answer = await (await _client.PostAsync("/api/forms/demo/case-form/extract?version=2024", Upload(added))).Content.ReadFromJsonAsync<JsonElement>();
        var unmatched = answer.GetProperty("unmatched").EnumerateArray().Single();
        Assert.Equal(("paragraph 3", "另附：近三年获奖情况说明"), (unmatched.GetProperty("location").GetString(), unmatched.GetProperty("text").GetString()));
        Assert.Equal("民营", answer.GetProperty("data").GetProperty("nature").GetString());
    }

    /// <summary>Names word/document.xml as the main document, so what is wrong with it is read, not the package's lack of one.</summary>
    private static readonly (string, byte[]) MainRelationship = ("_rels/.rels", Encoding.UTF8.GetBytes(
        """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""));

    /// <summary>Each bad upload with what its refusal says, in Chinese, to the person who uploaded it.</summary>
    public static TheoryData<string, byte[], string> BadUploads() => new()
    {
        { "not a zip", Encoding.UTF8.GetBytes("PK this is not really a zip"), "ZIP 结构损坏" },
        { "a zip that is no Word document", TemplateDocx.Zip(("readme.txt", "hello"u8.ToArray())), "没有 Word 正文" },
        { "XML with a DTD", TemplateDocx.Zip(MainRelationship, ("word/document.xml", Encoding.UTF8.GetBytes("""<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>"""))), "XML 已损坏或含有不接受的内容" },
        { "5,000 parts", TemplateDocx.Zip([.. Enumerable.Range(0, 5000).Select(i => ($"word/p{i}.xml", new byte[] { 1 })), ("word/document.xml", "<x/>"u8.ToArray())]), "个部件，最多接受" },
        { "a zip bomb", TemplateDocx.Zip(("word/document.xml", new byte[201 * 1024 * 1024])), "解压后超过" },
    };

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task ABadUploadGetsAProblemAnswerInChineseFromBothExtractEndpoints(string what, byte[] upload, string reason)
    {
        foreach (var url in new[] { "/api/forms/demo/case-form/extract", "/api/extract" })
        {
            var problem = await ProblemOf(await _client.PostAsync(url, Upload(upload)), HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("type").GetString()!.EndsWith("/unreadable-document"), what);
            // The pages show the detail as it is: the reason is the Chinese one, not the engine's English sentence.
            var detail = problem.GetProperty("detail").GetString()!;
            Assert.Contains(reason, detail);
            Assert.DoesNotContain("the package", detail);
            Assert.DoesNotContain("the file is not", detail);
            Assert.DoesNotContain("the document's XML", detail);
        }
    }

    [Fact]
    public async Task JsonPostedToExtractGetsDocGens415InChinese()
    {
        foreach (var url in new[] { "/api/forms/demo/case-form/extract", "/api/extract" })
        {
            var problem = await ProblemOf(await _client.PostAsync(url, new StringContent(Filled, Encoding.UTF8, "application/json")), HttpStatusCode.UnsupportedMediaType);
            Assert.Equal("https://docgen.local/problems/unsupported-media-type", problem.GetProperty("type").GetString());
            Assert.Equal("不支持的请求类型", problem.GetProperty("title").GetString());
            Assert.Contains("application/json", problem.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task AFilledFormUploadedAsOctetStreamIsReadLikeADocx()
    {
        var docx = await RenderAsync("2024");
        foreach (var url in new[] { "/api/forms/demo/case-form/extract", "/api/extract" })
        {
            var response = await _client.PostAsync(url, Upload(docx, "application/octet-stream"));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            var report = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("demo/case-form", report.GetProperty("form").GetString());
            Assert.Equal("91110000600037341L", report.GetProperty("data").GetProperty("uscc").GetString());
        }
    }
}
