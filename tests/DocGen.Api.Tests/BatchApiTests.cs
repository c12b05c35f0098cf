using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocGen.Api.Forms;
using DocGen.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DocGen.Api.Tests;

public sealed class BatchApiTests(DemoApi api) : IClassFixture<DemoApi>
{
    private readonly HttpClient _client = api.CreateClient();

    private const string Batch = "/api/forms/demo/case-form/render-batch";

    private static string Item(string name, string uscc = "91110000600037341L") => JsonSerializer.Serialize(new { name, uscc, nature = "民营" });

    private static StringContent Body(string text, string type = "application/json") => new(text, Encoding.UTF8, type);

    private static List<JsonElement> Results(JsonElement report) => report.GetProperty("results").EnumerateArray().ToList();

    private async Task<(List<KeyValuePair<string, byte[]>> Entries, JsonElement Report)> PostBatchAsync(string url, HttpContent content)
    {
        var response = await _client.PostAsync(url, content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        return Documents.Batch(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task GoodItemsBecomeDocumentsAndEveryBadOneIsReportedWithoutSpoilingTheOthers()
    {
        var body = $"[{Item("甲公司")}, {Item("乙公司", "123")}, 42, {{\"name\": tru}}, {Item("丙公司")}]";
        var (entries, report) = await PostBatchAsync(Batch + "?name=/name", Body(body));

        Assert.Equal(["甲公司.docx", "丙公司.docx", "report.json"], entries.Select(e => e.Key));
        Assert.Contains("企业名称：甲公司", Documents.Text(entries[0].Value));
        Assert.Contains("企业名称：丙公司", Documents.Text(entries[1].Value));
        Documents.AssertValid(entries[1].Value);

        var results = Results(report);
        Assert.Equal(["ok", "invalid", "malformed", "malformed", "ok"], results.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal([0, 1, 2, 3, 4], results.Select(r => r.GetProperty("index").GetInt32()));
        var uscc = results[1].GetProperty("errors")[0];
        Assert.Equal("/uscc", uscc.GetProperty("pointer").GetString());
        Assert.Equal("统一社会信用代码", uscc.GetProperty("field").GetString());
        Assert.Contains("JSON 对象", results[2].GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Contains("不是有效的 JSON", results[3].GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, results[1].GetProperty("name").ValueKind);
        Assert.Equal("丙公司.docx", results[4].GetProperty("name").GetString());
        Assert.Equal(2, report.GetProperty("succeeded").GetInt32());
        Assert.Equal(3, report.GetProperty("failed").GetInt32());
        Assert.True(report.GetProperty("complete").GetBoolean());
        Assert.Equal("demo/case-form@2025", report.GetProperty("form").GetString());
    }

    [Fact]
    public async Task JsonLinesAreReadLineByLineWithBlankLinesAndWindowsLineEndsIgnored()
    {
        var body = $"\uFEFF{Item("甲公司")}\r\n\r\n{{broken\n{Item("乙公司")}";
        var (entries, report) = await PostBatchAsync(Batch + "?name=name", Body(body, "application/x-ndjson"));
        Assert.Equal(["甲公司.docx", "乙公司.docx", "report.json"], entries.Select(e => e.Key));
        Assert.Equal(["ok", "malformed", "ok"], Results(report).Select(r => r.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task NamesAreMadeSafeForEveryFileSystemAndUniqueRegardlessOfCase()
    {
        string[] names = ["甲", "甲", "Abc", "abc", "a/b:c*?", "..", "CON", "report", "  \u0007x\u0001  ", "甲 (2)"];
        var body = "[" + string.Join(",", names.Select(n => Item(n))) + "]";
        var (entries, _) = await PostBatchAsync(Batch + "?name=/name", Body(body));
        Assert.Equal(
            ["甲.docx", "甲 (2).docx", "Abc.docx", "abc (2).docx", "a_b_c__.docx", "演示表.docx", "_CON.docx", "report.docx", "x.docx", "甲 (2) (2).docx", "report.json"],
            entries.Select(e => e.Key));
    }

    [Fact]
    public async Task WithoutANameFieldTheFormsOwnFileNameIsUsed()
    {
        var (entries, _) = await PostBatchAsync(Batch, Body($"[{Item("甲公司")},{Item("甲公司")}]"));
        Assert.Equal(["甲公司演示表.docx", "甲公司演示表 (2).docx", "report.json"], entries.Select(e => e.Key));
    }

    [Fact]
    public async Task AThousandItemsStreamThroughWithOnlyOneDocumentHeldAtATime()
    {
        var body = new StringBuilder("[");
        for (var i = 0; i < 1000; i++) body.Append(i == 0 ? "" : ",").Append(Item($"企业{i:0000}"));
        body.Append(']');
        var (entries, report) = await PostBatchAsync(Batch + "?name=/name", Body(body.ToString()));

        Assert.Equal(1001, entries.Count);
        Assert.Equal(1000, report.GetProperty("succeeded").GetInt32());
        Assert.Contains("企业0999", Documents.Text(entries[999].Value));
        var statistics = api.Services.GetRequiredService<BatchStatistics>();
        var documents = entries.Where(e => e.Key.EndsWith(".docx")).Sum(e => (long)e.Value.Length);
        // What was held at once is one document, the report or the central directory: a small part of the archive,
        // where holding the documents together would have held them all.
        Assert.True(statistics.LastPeakPendingBytes < documents / 10, $"held {statistics.LastPeakPendingBytes} bytes at once; the documents are {documents} bytes");
        Assert.True(statistics.LastPeakPendingBytes < statistics.LastBytesSent / 10,
            $"held {statistics.LastPeakPendingBytes} bytes at once of {statistics.LastBytesSent} sent");
    }

    [Fact]
    public async Task ATruncatedArrayKeepsTheItemsBeforeTheCutAndSaysWhere()
    {
        var (entries, report) = await PostBatchAsync(Batch, Body($"[{Item("甲公司")},{Item("乙公司")},{{\"name\":\"丙"));
        Assert.Equal(3, entries.Count);
        Assert.False(report.GetProperty("complete").GetBoolean());
        Assert.Contains("第 2 项", report.GetProperty("inputProblem").GetString());
    }

    [Fact]
    public async Task AnEmptyArrayGivesAnArchiveWithOnlyTheReport()
    {
        var (entries, report) = await PostBatchAsync(Batch, Body("[ ]"));
        Assert.Equal(["report.json"], entries.Select(e => e.Key));
        Assert.Equal(0, report.GetProperty("items").GetInt32());
    }

    [Theory]
    [InlineData("{\"name\":\"甲\"}", "application/json", 400)]
    [InlineData("", "application/json", 400)]
    [InlineData("[1] x", "application/json", 200)]
    [InlineData("name=甲", "application/x-www-form-urlencoded", 415)]
    public async Task ABodyThatIsNotABatchIsAProblemNotAnArchive(string body, string type, int status)
    {
        var response = await _client.PostAsync(Batch, Body(body, type));
        Assert.Equal(status, (int)response.StatusCode);
        if (status != 200) Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("?name=a..b", "name")]
    [InlineData("?name=/", "name")]
    [InlineData("?format=odt", "format")]
    [InlineData("?mode=sloppy", "mode")]
    public async Task BadParametersAreRefusedBeforeAnyItemIsRead(string query, string parameter)
    {
        var response = await _client.PostAsync(Batch + query, Body($"[{Item("甲")}]"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(parameter, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task PdfBatchesNeedThePdfConverter()
    {
        var response = await _client.PostAsync(Batch + "?format=pdf", Body($"[{Item("甲")}]"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task AnUnknownFormIs404()
    {
        var response = await _client.PostAsync("/api/forms/demo/nothing/render-batch", Body($"[{Item("甲")}]"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ItemsOverTheCapAreCountedAsSkippedAndOversizedItemsAreRefusedAlone()
    {
        using var limited = new SettingsApi(("Limits:MaxBatchItems", "3"), ("Limits:MaxBatchItemBytes", "500"));
        var client = limited.CreateClient();
        var big = JsonSerializer.Serialize(new { name = "大", intro = new string('字', 300) });
        var body = $"[{Item("甲")},{big},{Item("乙")},{Item("丙")},{Item("丁")}]";
        var response = await client.PostAsync(Batch + "?name=/name", Body(body));
        var (entries, report) = Documents.Batch(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["甲.docx", "乙.docx", "report.json"], entries.Select(e => e.Key));
        Assert.Equal(["ok", "malformed", "ok"], Results(report).Select(r => r.GetProperty("status").GetString()));
        Assert.Contains("超过上限", Results(report)[1].GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(2, report.GetProperty("skipped").GetInt32());
        Assert.Equal(3, report.GetProperty("limit").GetInt32());
        Assert.False(report.GetProperty("complete").GetBoolean());
    }
}
