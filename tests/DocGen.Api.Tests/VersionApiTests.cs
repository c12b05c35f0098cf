using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocGen.Api.Tests.Support;

namespace DocGen.Api.Tests;

/// <summary><c>GET …/diff</c> and <c>POST …/migrate</c> between the demo form's 2024 and 2025 versions (企业简介 became 单位简介).</summary>
public sealed class VersionApiTests(DemoApi api) : IClassFixture<DemoApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task DiffListsTheChangedTextWithItsPlace()
    {
        var diff = await _client.GetFromJsonAsync<JsonElement>("/api/forms/demo/case-form/diff?from=2024&to=2025");
        Assert.Equal("demo/case-form@2024", diff.GetProperty("from").GetString());
        Assert.Equal("demo/case-form@2025", diff.GetProperty("to").GetString());
        Assert.Equal(
            ["正文第1段 changed 2024年 企业名称： → 2025年 企业名称：", "正文第3段 changed 企业简介： → 单位简介："],
            diff.GetProperty("changes").EnumerateArray().Select(c => $"{c.GetProperty("location")} {c.GetProperty("kind")} {c.GetProperty("before")} → {c.GetProperty("after")}"));
    }

    [Fact]
    public async Task DiffDefaultsToTheLatestVersionAgainstTheOneBefore()
    {
        var diff = await _client.GetFromJsonAsync<JsonElement>("/api/forms/demo/case-form/diff");
        Assert.Equal("demo/case-form@2024", diff.GetProperty("from").GetString());
        Assert.Equal("demo/case-form@2025", diff.GetProperty("to").GetString());
    }

    [Theory]
    [InlineData("/api/forms/demo/case-form/diff?from=2025&to=2024", HttpStatusCode.BadRequest, "from")]
    [InlineData("/api/forms/demo/case-form/diff?to=2024", HttpStatusCode.BadRequest, "from")]
    [InlineData("/api/forms/demo/case-form/diff?from=2024&format=pdf", HttpStatusCode.BadRequest, "format")]
    [InlineData("/api/forms/demo/case-form/diff?from=2019", HttpStatusCode.NotFound, "2019")]
    public async Task ImpossibleComparisonsAreRefusedNamingTheParameter(string url, HttpStatusCode status, string named)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheHtmlDiffIsAPageListingEveryChangeEvenWithoutPdf()
    {
        var response = await _client.GetAsync("/api/forms/demo/case-form/diff?from=2024&to=2025&format=html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("img-src 'self' data:", response.Headers.GetValues("Content-Security-Policy").Single());
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("单位简介：", page);
        Assert.Contains("共 2 处差异", page);
        Assert.Contains("PDF 转换未启用", page);
    }

    [Fact]
    public async Task MigrateCarriesTheDataOverAndListsWhatTheNewVersionLacks()
    {
        var response = await _client.PostAsync("/api/forms/demo/case-form/migrate?from=2024&to=2025",
            new StringContent("""{"name":"郑州绿源机械有限公司","intro":"主要生产节能电机。","legacy":"旧字段"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("""{"name":"郑州绿源机械有限公司","intro":"主要生产节能电机。"}""", result.GetProperty("data").GetRawText());
        var missing = Assert.Single(result.GetProperty("missing").EnumerateArray());
        Assert.Equal("/uscc", missing.GetProperty("pointer").GetString());
        Assert.Equal("统一社会信用代码", missing.GetProperty("field").GetString());
        Assert.True(missing.GetProperty("required").GetBoolean());
        Assert.Equal("/legacy", Assert.Single(result.GetProperty("dropped").EnumerateArray()).GetProperty("pointer").GetString());
    }

    [Fact]
    public async Task MigrateRefusesABodyThatIsNotJson()
    {
        var response = await _client.PostAsync("/api/forms/demo/case-form/migrate?from=2024", new StringContent("{", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
