using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocGen.Api.Tests.Support;

namespace DocGen.Api.Tests;

public sealed class HostileInputTests(DemoApi api) : IClassFixture<DemoApi>
{
    private readonly HttpClient _client = api.CreateClient();

    private const string Render = "/api/forms/demo/case-form/render";

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>
    /// Posts a body of unknown length (as a chunked upload arrives), so only counting what arrives can stop it. Set on
    /// the request directly: the test client would otherwise measure the body and declare its length.
    /// </summary>
    private static async Task<(int Status, string ContentType, byte[] Body)> PostUndeclaredAsync(DemoApi host, string url, byte[] bytes)
    {
        var context = await host.Server.SendAsync(c =>
        {
            c.Request.Method = "POST";
            c.Request.Path = url;
            c.Request.ContentType = "application/json";
            c.Request.Body = new UnseekableStream(bytes);
        });
        using var body = new MemoryStream();
        await context.Response.Body.CopyToAsync(body);
        return (context.Response.StatusCode, context.Response.ContentType ?? "", body.ToArray());
    }

    private static async Task<JsonElement> ProblemOf(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string Padded(int bytes) => JsonSerializer.Serialize(new { name = "甲", intro = new string('x', bytes) });

    [Fact]
    public async Task ABodyOverTheLimitGets413ProblemWhetherItsLengthIsDeclaredOrNot()
    {
        using var limited = new SettingsApi(("Limits:MaxBodyBytes", "4096"), ("Limits:MaxBatchBodyBytes", "8192"));
        var client = limited.CreateClient();
        var declared = await ProblemOf(await client.PostAsync(Render, Json(Padded(5000))), HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(4096, declared.GetProperty("limit").GetInt64());
        Assert.Contains("4 KB", declared.GetProperty("detail").GetString());
        var (status, type, _) = await PostUndeclaredAsync(limited, Render, Encoding.UTF8.GetBytes(Padded(5000)));
        Assert.Equal((413, "application/problem+json; charset=utf-8"), (status, type));
        await ProblemOf(await client.PostAsync(Render.Replace("render", "validate"), Json(Padded(5000))), HttpStatusCode.RequestEntityTooLarge);
        await ProblemOf(await client.PostAsync(Render + "-batch", Json($"[{Padded(9000)}]")), HttpStatusCode.RequestEntityTooLarge);
        // Under the limit the same body is read and judged (its intro is over the form's 300 characters).
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.PostAsync(Render, Json(Padded(3000)))).StatusCode);
    }

    [Fact]
    public async Task ABatchThatOutgrowsItsLimitWhileStreamingKeepsWhatCameBefore()
    {
        using var limited = new SettingsApi(("Limits:MaxBatchBodyBytes", "100000"));
        // Whitespace between items counts toward the body but not toward any item.
        var items = string.Join("," + new string(' ', 5000), Enumerable.Range(0, 80).Select(i => JsonSerializer.Serialize(new { name = $"企业{i}" })));
        var (status, _, zip) = await PostUndeclaredAsync(limited, Render + "-batch", Encoding.UTF8.GetBytes($"[{items}]"));
        Assert.Equal(200, status);
        var (entries, report) = Documents.Batch(zip);
        Assert.InRange(entries.Count - 1, 1, 79);
        Assert.All(report.GetProperty("results").EnumerateArray(), r => Assert.Equal("ok", r.GetProperty("status").GetString()));
        Assert.False(report.GetProperty("complete").GetBoolean());
        Assert.Contains("请求体超过上限", report.GetProperty("inputProblem").GetString());
    }

    [Fact]
    public async Task DeeplyNestedJsonGets400SayingHowDeep()
    {
        var nested = "{\"name\":\"甲\",\"intro\":" + new string('[', 500) + new string(']', 500) + "}";
        var problem = await ProblemOf(await _client.PostAsync(Render, Json(nested)), HttpStatusCode.BadRequest);
        Assert.Contains("嵌套超过 64 层", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task HugeJsonWithinTheLimitIsJudgedWithABoundedAnswer()
    {
        var fields = string.Join(",", Enumerable.Range(0, 50_000).Select(i => $"\"f{i}\":1"));
        var problem = await ProblemOf(await _client.PostAsync(Render, Json("{" + fields + "}")), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(200, problem.GetProperty("errors").GetArrayLength());
        Assert.True(problem.GetProperty("moreErrors").GetInt32() > 0);

        var longText = await ProblemOf(await _client.PostAsync(Render, Json(Padded(5_000_000))), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("/intro", longText.GetProperty("errors")[0].GetProperty("pointer").GetString());
    }

    [Fact]
    public async Task ControlCharactersAndInvalidSurrogatesNeverMakeAnInvalidDocx()
    {
        // Escapes as a client may send them: lone surrogates are valid JSON, and so are all control characters.
        var json = """{"name":"甲\u0000乙\u0001\u0008\u000B\u000C\u001F丙\uD800丁\uDC00戊\uDBFF\uDFFF己\uFFFE\uFFFF","intro":"a\tb\r\nc\u007F"}""";
        var response = await _client.PostAsync(Render, Json(json));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var docx = await response.Content.ReadAsByteArrayAsync();
        Documents.AssertValid(docx);
        var text = Documents.Text(docx);
        Assert.Contains("企业名称：甲乙丙丁戊\U0010FFFF己", text);
        Assert.Contains("单位简介：a\tb\nc\u007F", text);
    }

    [Theory]
    [InlineData("</w:t></w:r><w:r><w:t>注入")]
    [InlineData("<![CDATA[x]]>")]
    [InlineData("&amp; &lt; &#x41; &bogus;")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;")]
    [InlineData("{{ name }} {% raw %} ${x} \"'")]
    public async Task XmlLookingTextComesOutLiterally(string text)
    {
        var response = await _client.PostAsync(Render, Json(JsonSerializer.Serialize(new { name = "甲", intro = text })));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var docx = await response.Content.ReadAsByteArrayAsync();
        Documents.AssertValid(docx);
        Assert.Contains("单位简介：" + text + "\n", Documents.Text(docx));
    }

    [Theory]
    [InlineData("aGVsbG8gd29ybGQ=")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("not base64 at all!")]
    [InlineData("data:image/png;base64,iVBORw0KGgo=!!")]
    public async Task AnImageThatIsNotAnImageGets422NamingTheField(string photo)
    {
        var problem = await ProblemOf(await _client.PostAsync(Render, Json(JsonSerializer.Serialize(new { name = "甲", photo }))), HttpStatusCode.UnprocessableEntity);
        var error = problem.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal("/photo", error.GetProperty("pointer").GetString());
        Assert.Equal("厂区照片", error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task AnImageClaimingEnormousDimensionsGets422NamingTheField()
    {
        var photo = Convert.ToBase64String(Images.Png(100_000, 100_000));
        var problem = await ProblemOf(await _client.PostAsync(Render, Json(JsonSerializer.Serialize(new { name = "甲", photo }))), HttpStatusCode.UnprocessableEntity);
        var error = problem.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal("/photo", error.GetProperty("pointer").GetString());
        Assert.Contains("100000×100000", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task AnImageOverTwentyMegabytesGets422EvenWhenTheBodyLimitAllowsIt()
    {
        using var roomy = new SettingsApi(("Limits:MaxBodyBytes", (40 * 1024 * 1024).ToString()));
        var client = roomy.CreateClient();
        var png = Images.Png(10, 10);
        var huge = new byte[21 * 1024 * 1024];
        png.CopyTo(huge, 0);
        var photo = Convert.ToBase64String(huge);
        var problem = await ProblemOf(await client.PostAsync(Render, Json(JsonSerializer.Serialize(new { name = "甲", photo }))), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("20 MB", problem.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task ARealPhotoIsEmbedded()
    {
        var photo = Convert.ToBase64String(Images.Png(40, 30));
        var response = await _client.PostAsync(Render, Json(JsonSerializer.Serialize(new { name = "甲", photo })));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Documents.AssertValid(await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>Hands out at most 16 KB per read, as a network does, so a limit is passed part-way through.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 16 * 1024)], cancellationToken);
    }
}
