using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocGen.Api.Tests.Support;

namespace DocGen.Api.Tests;

public sealed class AccessTests
{
    private const string Valid = """{"name":"郑州绿源机械有限公司","uscc":"91110000600037341L","nature":"民营"}""";

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static HttpRequestMessage Post(string url, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = Json(Valid) };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return request;
    }

    [Fact]
    public async Task WithKeysConfiguredEveryPostNeedsOneAndReadingStaysOpen()
    {
        using var api = new SettingsApi(("Access:ApiKeys:0", "key-for-the-henan-platform"), ("Access:ApiKeys:1", "key-for-an-erp"));
        var client = api.CreateClient();

        foreach (var url in new[] { "/api/forms/demo/case-form/render", "/api/forms/demo/case-form/validate", "/api/forms/demo/case-form/render-batch" })
        {
            var missing = await client.SendAsync(Post(url));
            Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
            Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
            Assert.Equal("ApiKey", missing.Headers.WwwAuthenticate.Single().Scheme);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Post(url, "key-for-the-henan-platformX"))).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Post("/api/forms/demo/case-form/render", "key-for-the-henan-platform"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Post("/api/forms/demo/case-form/validate", "key-for-an-erp"))).StatusCode);

        foreach (var url in new[] { "/health/live", "/health/ready", "/api/openapi.json", "/api/forms/demo/case-form/openapi.json", "/api/forms", "/api/forms/demo/case-form",
                     "/api/forms/demo/case-form/schema", "/api/forms/demo/case-form/samples/full", "/api/forms/demo/case-form/blank", "/api/catalog/problems" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task ClientsOverTheirRateGet429WithRetryAfterAndOthersAreNotHeldBack()
    {
        using var api = new SettingsApi(("Access:ApiKeys:0", "a-key"), ("Access:ApiKeys:1", "b-key"),
            ("Access:RateLimit:PermitLimit", "3"), ("Access:RateLimit:WindowSeconds", "300"));
        var client = api.CreateClient();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Post("/api/forms/demo/case-form/validate", "a-key"))).StatusCode);

        var refused = await client.SendAsync(Post("/api/forms/demo/case-form/validate", "a-key"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(300));
        Assert.Equal("nosniff", refused.Headers.GetValues("X-Content-Type-Options").Single());

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Post("/api/forms/demo/case-form/validate", "b-key"))).StatusCode);
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        // Clients without a key share their address's window (the test host has no remote address: one client).
        for (var i = 0; i < 3; i++) await client.GetAsync("/api/forms");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/forms")).StatusCode);
    }

    [Fact]
    public async Task WrongKeysCountAgainstTheirAddressSoGuessingKeysIsRateLimited()
    {
        using var api = new SettingsApi(("Access:ApiKeys:0", "a-key"), ("Access:RateLimit:PermitLimit", "3"), ("Access:RateLimit:WindowSeconds", "300"));
        var client = api.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Post("/api/forms/demo/case-form/validate", $"guess-{i}"))).StatusCode);

        var refused = await client.SendAsync(Post("/api/forms/demo/case-form/validate", "guess-3"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(Post("/api/forms/demo/case-form/validate"))).StatusCode);
        // The holder of a valid key has a window of its own.
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Post("/api/forms/demo/case-form/validate", "a-key"))).StatusCode);
    }

    [Fact]
    public async Task CorsAnswersOnlyTheConfiguredOrigins()
    {
        using var api = new SettingsApi(("Access:CorsOrigins:0", "https://lvse.example.gov.cn/"));
        var client = api.CreateClient();
        var allowed = await client.SendAsync(Preflight("https://lvse.example.gov.cn"));
        Assert.Equal("https://lvse.example.gov.cn", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("X-Api-Key", string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);

        var stranger = await client.SendAsync(Preflight("https://evil.example.com"));
        Assert.False(stranger.Headers.Contains("Access-Control-Allow-Origin"));
        var simple = new HttpRequestMessage(HttpMethod.Get, "/api/forms");
        simple.Headers.Add("Origin", "https://evil.example.com");
        Assert.False((await client.SendAsync(simple)).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task WithoutConfiguredOriginsThereAreNoCorsHeadersAtAll()
    {
        using var api = new DemoApi();
        var response = await api.CreateClient().SendAsync(Preflight("https://lvse.example.gov.cn"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/forms/demo/case-form/render");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key");
        return request;
    }

    [Theory]
    [InlineData("GET", "/api/forms", false)]
    [InlineData("GET", "/api/forms/demo/nothing", false)]
    [InlineData("GET", "/api/no/such/route", false)]
    [InlineData("GET", "/health/live", false)]
    [InlineData("POST", "/api/forms/demo/case-form/render", false)]
    [InlineData("GET", "/swagger/index.html", true)]
    public async Task EveryAnswerCarriesTheSecurityHeaders(string method, string url, bool page)
    {
        using var api = new DemoApi();
        var response = await api.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = method == "POST" ? Json(Valid) : null });
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.StartsWith(page ? "default-src 'self'" : "default-src 'none'", policy);
    }

    [Fact]
    public async Task SwaggerUiLoadsOnlyWhatItsPolicyAllows()
    {
        using var api = new DemoApi();
        var client = api.CreateClient();
        var page = await client.GetStringAsync("/swagger/index.html");
        // The policy allows scripts from the service itself only: the page must have no inline script to be blocked.
        Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)[^>]*>\s*\S", page);
        foreach (var source in System.Text.RegularExpressions.Regex.Matches(page, @"(?:src|href)=""([^""]+)""").Select(m => m.Groups[1].Value))
        {
            Assert.False(source.StartsWith("http", StringComparison.Ordinal), $"{source} is not from the service itself");
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(new Uri("http://localhost/swagger/"), source))).StatusCode);
        }
    }
}
