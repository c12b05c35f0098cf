using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocGen.Api.Tests.Support;

namespace DocGen.Api.Tests;

public sealed class FormsApiTests(DemoApi api) : IClassFixture<DemoApi>
{
    private readonly HttpClient _client = api.CreateClient();

    private const string Valid = """{"name":"郑州绿源机械有限公司","uscc":"91110000600037341L","intro":"主要生产节能电机。","nature":"民营"}""";

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string DocumentText(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return System.Text.RegularExpressions.Regex.Replace(reader.ReadToEnd(), "<[^>]+>", "");
    }

    [Fact]
    public async Task FormsListGivesIdsTitlesVersionsAndLatest()
    {
        var forms = await _client.GetFromJsonAsync<JsonElement>("/api/forms");
        var form = forms.EnumerateArray().Single(f => f.GetProperty("id").GetString() == "demo/case-form");
        Assert.Equal("演示表（2025）", form.GetProperty("title").GetString());
        Assert.Equal("demo", form.GetProperty("authority").GetString());
        Assert.Equal(["2024", "2025"], form.GetProperty("versions").EnumerateArray().Select(v => v.GetString()!));
        Assert.Equal("2025", form.GetProperty("latest").GetString());
        Assert.Equal("national-copy", form.GetProperty("confidence").GetString());
    }

    [Fact]
    public async Task FormDetailShowsVersionsAndProvenance()
    {
        var detail = await _client.GetFromJsonAsync<JsonElement>("/api/forms/demo/case-form");
        var version = detail.GetProperty("versions")[0];
        Assert.Equal("reconstructed", version.GetProperty("provenance").GetString());
        Assert.Equal("用于接口测试的演示表", version.GetProperty("basis").GetString());
        Assert.Equal("演〔2024〕1号", version.GetProperty("notice").GetProperty("number").GetString());
        Assert.Equal("national-copy", version.GetProperty("confidence").GetString());
        var consulted = Assert.Single(version.GetProperty("consulted").EnumerateArray());
        Assert.Equal("https://example.org/demo-form", consulted.GetProperty("address").GetString());
        Assert.Equal(2018, consulted.GetProperty("year").GetInt32());
        Assert.Equal("基本信息表", consulted.GetProperty("took").GetString());
    }

    [Fact]
    public async Task SchemaAndSamplesAreServed()
    {
        var schema = await _client.GetFromJsonAsync<JsonElement>("/api/forms/demo/case-form/schema?version=2024");
        Assert.Equal("企业简介", schema.GetProperty("properties").GetProperty("intro").GetProperty("title").GetString());
        var samples = await _client.GetFromJsonAsync<string[]>("/api/forms/demo/case-form/samples");
        Assert.Equal(["full"], samples!);
        var sample = await _client.GetFromJsonAsync<JsonElement>("/api/forms/demo/case-form/samples/full");
        Assert.Equal("民营", sample.GetProperty("nature").GetString());
    }

    [Fact]
    public async Task RenderReturnsTheFilledDocxWithAChineseFileName()
    {
        var response = await _client.PostAsync("/api/forms/demo/case-form/render?mode=final", Json(Valid));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("郑州绿源机械有限公司演示表.docx", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''", response.Content.Headers.GetValues("Content-Disposition").Single());
        var text = DocumentText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("2025年 企业名称：郑州绿源机械有限公司", text);
        Assert.Contains("□国有 ☑民营", text);
        Assert.Contains("单位简介", text);
    }

    [Fact]
    public async Task VersionPinsTheTemplate()
    {
        var response = await _client.PostAsync("/api/forms/demo/case-form/render?version=2024", Json(Valid));
        var text = DocumentText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("2024年", text);
        Assert.Contains("企业简介", text);
    }

    [Fact]
    public async Task BlankFormDownloads()
    {
        var response = await _client.GetAsync("/api/forms/demo/case-form/blank?format=docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("□国有 □民营", DocumentText(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task ABlankFormIsNamedWithItsIssuerVersionAndBlank()
    {
        var response = await _client.GetAsync("/api/forms/demo/case-form/blank?format=docx&version=2024");

        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("演示厅 演示表（2024）（2024年版）空白.docx", disposition.FileNameStar);
        Assert.Equal("demo-case-form-2024-blank.docx", disposition.FileName);
    }

    [Fact]
    public async Task ABlankFormCarriesAnEntityTagAndARevalidatingClientGets304()
    {
        var first = await _client.GetAsync("/api/forms/demo/case-form/blank?format=docx&version=2024");
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        Assert.False(tag.IsWeak);
        Assert.Equal("public, no-cache", first.Headers.CacheControl!.ToString());
        var second = await _client.GetAsync("/api/forms/demo/case-form/blank?format=docx&version=2024");
        Assert.Equal(tag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/api/forms/demo/case-form/blank?format=docx&version=2024");
        revalidate.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"other\""));
        revalidate.Headers.IfNoneMatch.Add(tag);
        var unchanged = await _client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(tag, unchanged.Headers.ETag);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/api/forms/demo/case-form/blank?format=docx&version=2024");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"other\""));
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(stale)).StatusCode);

        var otherVersion = await _client.GetAsync("/api/forms/demo/case-form/blank?format=docx&version=2025");
        Assert.NotEqual(tag, otherVersion.Headers.ETag);
    }

    [Fact]
    public async Task ABlankFormIsResumedByRangeAndRevalidatedByItsModificationTime()
    {
        const string url = "/api/forms/demo/case-form/blank?format=docx&version=2024";
        var whole = await _client.GetAsync(url);
        var bytes = await whole.Content.ReadAsByteArrayAsync();
        Assert.Equal("bytes", whole.Headers.AcceptRanges.Single());
        var madeAt = whole.Content.Headers.LastModified;
        Assert.NotNull(madeAt);

        using var rest = new HttpRequestMessage(HttpMethod.Get, url);
        rest.Headers.Range = new RangeHeaderValue(100, null);
        var partial = await _client.SendAsync(rest);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(bytes[100..], await partial.Content.ReadAsByteArrayAsync());
        Assert.Equal(whole.Headers.ETag, partial.Headers.ETag);
        Assert.Equal("demo-case-form-2024-blank.docx", partial.Content.Headers.ContentDisposition!.FileName);

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
        revalidate.Headers.IfModifiedSince = madeAt;
        var unchanged = await _client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Null(unchanged.Content.Headers.ContentDisposition);
    }

    [Fact]
    public async Task APdfAskedOfAServiceWithoutPdfIs503BeforeTheDataIsJudgedOrRendered()
    {
        var response = await _client.PostAsync("/api/forms/demo/case-form/render?format=pdf&mode=final", Json("{}"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.EndsWith("/pdf-unavailable", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task InvalidDataGets422WithEveryErrorPointerAndChineseLabel()
    {
        var data = JsonSerializer.Serialize(new { name = "甲", uscc = "91110000600037341X", intro = new string('字', 312), nature = "外资" });
        var response = await _client.PostAsync("/api/forms/demo/case-form/validate?mode=final", Json(data));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(3, errors.Count);
        var intro = errors.Single(e => e.GetProperty("pointer").GetString() == "/intro");
        Assert.Equal("企业简介", intro.GetProperty("field").GetString());
        Assert.Equal("企业简介限300字以内（当前312字）", intro.GetProperty("message").GetString());
        Assert.Contains(errors, e => e.GetProperty("pointer").GetString() == "/uscc");
        Assert.Contains(errors, e => e.GetProperty("pointer").GetString() == "/nature");
    }

    [Fact]
    public async Task DraftModeAcceptsMissingRequiredFieldsFinalDoesNot()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync("/api/forms/demo/case-form/validate?mode=draft", Json("""{"intro":"草稿"}"""))).StatusCode);
        var final = await _client.PostAsync("/api/forms/demo/case-form/validate?mode=final", Json("""{"intro":"草稿"}"""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, final.StatusCode);
        var messages = (await final.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()).ToList();
        Assert.Contains("企业名称为必填项", messages);
    }

    [Fact]
    public async Task RenderWithInvalidDataGives422AndNoDocument()
    {
        var response = await _client.PostAsync("/api/forms/demo/case-form/render?mode=final", Json("""{"name":"x"}"""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("{\"name\": ")]
    [InlineData("[1,2]")]
    [InlineData("")]
    public async Task MalformedJsonGets400(string body)
    {
        var response = await _client.PostAsync("/api/forms/demo/case-form/render", Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("render", "text/plain")]
    [InlineData("validate", "text/plain")]
    [InlineData("render", "application/x-www-form-urlencoded")]
    public async Task FormDataSentAsAnotherMediaTypeGetsTheUnsupportedMediaTypeProblem(string operation, string mediaType)
    {
        var response = await _client.PostAsync($"/api/forms/demo/case-form/{operation}", new StringContent("{}", Encoding.UTF8, mediaType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://docgen.local/problems/unsupported-media-type", problem.GetProperty("type").GetString());
        Assert.Equal("不支持的请求类型", problem.GetProperty("title").GetString());
        Assert.Contains(mediaType, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task UnknownFormGets404WithTheNearestIds()
    {
        var response = await _client.GetAsync("/api/forms/demo/case-from");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("demo/case-form", problem.GetProperty("suggestions")[0].GetString());
        Assert.Contains("demo/case-form", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task UnknownVersionGets404ListingTheVersions()
    {
        var response = await _client.PostAsync("/api/forms/demo/case-form/render?version=2019", Json(Valid));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["2024", "2025"], problem.GetProperty("versions").EnumerateArray().Select(v => v.GetString()!));
    }

    [Theory]
    [InlineData("/api/forms/demo/case-form/render?mode=sloppy")]
    [InlineData("/api/forms/demo/case-form/render?format=odt")]
    public async Task BadParametersGet400NamingTheParameter(string url)
    {
        var response = await _client.PostAsync(url, Json(Valid));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("parameter", out _));
    }

    [Fact]
    public async Task HealthAndSwaggerAnswer()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health/ready")).StatusCode);
        var openApi = await _client.GetStringAsync("/api/openapi.json");
        Assert.Contains("/api/forms/{authority}/{form}/render", openApi);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/swagger/index.html")).StatusCode);
        Assert.Contains("/api/openapi.json", await _client.GetStringAsync("/swagger/index.js"));
    }

    [Fact]
    public async Task TheBatchsNameParameterIsDescribedAsTheNamingFieldAndTheSamplesAsASampleName()
    {
        var paths = (await _client.GetFromJsonAsync<JsonElement>("/api/openapi.json")).GetProperty("paths");
        string Described(string path, string method) => paths.GetProperty(path).GetProperty(method).GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "name").GetProperty("description").GetString()!;
        Assert.Contains("JSON 指针", Described("/api/forms/{authority}/{form}/render-batch", "post"));
        Assert.Equal("示例名称", Described(paths.EnumerateObject().Single(p => p.Name.EndsWith("/samples/{name}", StringComparison.Ordinal)).Name, "get"));
    }

    [Fact]
    public async Task AFormsOwnDocumentDescribesItsOperationsWithItsSchemaAsTheData()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/api/forms/demo/case-form/openapi.json?version=2024");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/forms/demo/case-form/render", paths);
        Assert.All(paths, p => Assert.StartsWith("/api/forms/demo/case-form", p));
        var data = document.GetProperty("components").GetProperty("schemas").GetProperty("FormData");
        Assert.Equal("企业名称", data.GetProperty("properties").GetProperty("name").GetProperty("title").GetString());
        Assert.Equal("企业简介：限300字以内", data.GetProperty("properties").GetProperty("intro").GetProperty("description").GetString());
        var render = document.GetProperty("paths").GetProperty("/api/forms/demo/case-form/render").GetProperty("post");
        Assert.Equal("#/components/schemas/FormData", render.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.DoesNotContain(render.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("in").GetString() == "path");

        var unknown = await _client.GetAsync("/api/forms/demo/case-form/openapi.json?version=1999");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
