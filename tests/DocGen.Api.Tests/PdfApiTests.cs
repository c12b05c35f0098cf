using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocGen.Api.Tests.Support;

namespace DocGen.Api.Tests;

public sealed class PdfApiTests(PdfDemoApi api) : IClassFixture<PdfDemoApi>
{
    private readonly HttpClient _client = api.CreateClient();

    private const string Valid = """{"name":"郑州绿源机械有限公司","uscc":"91110000600037341L","intro":"主要生产节能电机。","nature":"民营"}""";

    private async Task WaitReadyAsync()
    {
        for (var i = 0; i < 300; i++)
        {
            if ((await _client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return;
            await Task.Delay(100);
        }
        Assert.Fail("the PDF pool never became ready");
    }

    [Fact]
    public async Task RenderAsPdfGivesAPdfWithItsChineseName()
    {
        await WaitReadyAsync();
        var response = await _client.PostAsync("/api/forms/demo/case-form/render?format=pdf", new StringContent(Valid, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("郑州绿源机械有限公司演示表.pdf", response.Content.Headers.ContentDisposition!.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
    }

    [Fact]
    public async Task BlankPdfAForArchiving()
    {
        await WaitReadyAsync();
        var response = await _client.GetAsync("/api/forms/demo/case-form/blank?format=pdfa");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Encoding.Latin1.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("pdfaid:part", text);
    }

    [Fact]
    public async Task ABlankPdfIsConvertedOnceHoweverManyDownloadIt()
    {
        await WaitReadyAsync();
        var jobsBefore = await JobsDoneAsync();

        var together = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => _client.GetAsync("/api/forms/demo/case-form/blank?format=pdf")));
        var later = await _client.GetAsync("/api/forms/demo/case-form/blank?format=pdf");

        Assert.All(together.Append(later), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var bodies = await Task.WhenAll(together.Append(later).Select(r => r.Content.ReadAsByteArrayAsync()));
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bodies[0], 0, 4));
        Assert.All(bodies, b => Assert.Equal(bodies[0], b));
        Assert.Single(together.Append(later).Select(r => r.Headers.ETag).Distinct());
        Assert.Equal(jobsBefore + 1, await JobsDoneAsync());
    }

    private async Task<int> JobsDoneAsync() =>
        (await _client.GetFromJsonAsync<JsonElement>("/health/ready")).GetProperty("pdf").GetProperty("jobsDone").GetInt32();

    [Fact]
    public async Task ReadinessReportsThePool()
    {
        await WaitReadyAsync();
        var health = await _client.GetFromJsonAsync<JsonElement>("/health/ready");
        Assert.Equal(1, health.GetProperty("pdf").GetProperty("workersUp").GetInt32());
        // scripts/install-pdf-deps.sh installs bubblewrap: the workers run without network and without the server's files.
        Assert.True(health.GetProperty("pdf").GetProperty("isolated").GetBoolean());
    }

    [Fact]
    public async Task AFullQueueAnswers503WithRetryAfterAtOnce()
    {
        await WaitReadyAsync();
        var requests = Enumerable.Range(0, 6).Select(_ => _client.PostAsync("/api/forms/demo/case-form/render?format=pdf", new StringContent(Valid, Encoding.UTF8, "application/json"))).ToList();
        var responses = await Task.WhenAll(requests);
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        var refused = responses.First(r => r.StatusCode == HttpStatusCode.ServiceUnavailable);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        // The body says the same as the header, as a 429 does, for clients that only read the body.
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, problem.GetProperty("retryAfter").GetInt32());
    }

    [Fact]
    public async Task APdfBatchConvertsEachGoodItemThroughThePoolAndReportsTheBadOne()
    {
        await WaitReadyAsync();
        var body = """[{"name":"甲公司","nature":"民营"},{"name":"乙公司","uscc":"bad"},{"name":"丙公司"}]""";
        var response = await _client.PostAsync("/api/forms/demo/case-form/render-batch?format=pdf&name=name", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (entries, report) = Documents.Batch(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["甲公司.pdf", "丙公司.pdf", "report.json"], entries.Select(e => e.Key));
        Assert.All(entries.Take(2), e => Assert.Equal("%PDF", Encoding.ASCII.GetString(e.Value, 0, 4)));
        Assert.Equal("pdf", report.GetProperty("format").GetString());
        Assert.Equal("invalid", report.GetProperty("results")[1].GetProperty("status").GetString());
    }
}
