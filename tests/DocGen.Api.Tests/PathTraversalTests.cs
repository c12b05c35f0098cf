using System.Net;
using DocGen.Api.Tests.Support;

namespace DocGen.Api.Tests;

/// <summary>
/// Ids, versions and sample names only ever select among what the catalog loaded; none is joined to a path. Secrets
/// planted next to and inside the templates folder prove that no spelling of a path reaches them.
/// </summary>
public sealed class PathTraversalTests : IClassFixture<DemoApi>
{
    private const string Marker = "TOP-SECRET-6c1e";
    private readonly HttpClient _client;
    private readonly Microsoft.AspNetCore.TestHost.TestServer _server;

    public PathTraversalTests(DemoApi api)
    {
        _client = api.CreateClient();
        _server = api.Server;
        File.WriteAllText(Path.Combine(api.Catalog.Root, "secret.json"), $"{{\"s\":\"{Marker}\"}}");
        File.WriteAllText(Path.Combine(api.Catalog.Root, "demo", "case-form", "secret.json"), $"{{\"s\":\"{Marker}\"}}");
        File.WriteAllText(Path.Combine(api.Catalog.Root, "demo", "case-form", "2025", "secret.json"), $"{{\"s\":\"{Marker}\"}}");
    }

    [Theory]
    [InlineData("/api/forms/demo/case-form/samples/..%2Fsecret")]
    [InlineData("/api/forms/demo/case-form/samples/%2E%2E%2F%2E%2E%2Fsecret")]
    [InlineData("/api/forms/demo/case-form/samples/..%5C..%5Csecret")]
    [InlineData("/api/forms/demo/case-form/samples/%252e%252e%252fsecret")]
    [InlineData("/api/forms/demo/case-form/samples/%2Fetc%2Fpasswd")]
    [InlineData("/api/forms/demo/case-form/samples/full?version=..%2F..%2Fcase-form%2F2025")]
    [InlineData("/api/forms/demo/case-form/samples/secret?version=..")]
    [InlineData("/api/forms/demo/case-form/samples/secret")]
    [InlineData("/api/forms/demo/case-form/schema?version=%2Fetc%2Fpasswd")]
    [InlineData("/api/forms/demo/case-form/schema?version=..%2F..%2F..%2Fsecret.json")]
    [InlineData("/api/forms/demo/case-form/blank?version=2025%2F..%2F..")]
    [InlineData("/api/forms/..%2F..%2Fetc/passwd")]
    [InlineData("/api/forms/demo/..%2Fcase-form/schema")]
    [InlineData("/api/forms/%2Fetc/passwd/samples/x")]
    [InlineData("/api/forms/demo/case-form%2F2025/samples/secret")]
    [InlineData("/api/forms/demo/case-form/samples/C:%5CWindows%5Cwin.ini")]
    public async Task PathsInIdsVersionsOrSampleNamesAre404AndReadNothing(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Marker, body);
        Assert.DoesNotContain("root:", body);
    }

    [Theory]
    [InlineData("/api/forms/demo/case-form/render?version=..%2F..%2F..")]
    [InlineData("/api/forms/..%2Fdemo/case-form/render")]
    [InlineData("/api/forms/demo/case-form/render-batch?version=%2Ftmp")]
    [InlineData("/api/forms/demo/case-form/validate?version=2025%2F..%2F2024")]
    public async Task PostsNamingPathsAre404(string url)
    {
        var response = await _client.PostAsync(url, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(Marker, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Paths set on the request as they are, as a proxy that does not normalise dot segments would pass them.</summary>
    [Theory]
    [InlineData("/api/forms/demo/case-form/samples/..")]
    [InlineData("/api/forms/demo/case-form/samples/../secret")]
    [InlineData("/api/forms/demo/case-form/samples/../../secret")]
    [InlineData("/api/forms/../../secret.json")]
    [InlineData("/api/forms/demo/case-form/samples/~")]
    public async Task UnnormalisedDotSegmentsAre404(string path)
    {
        var context = await _server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = path;
        });
        Assert.Equal(404, context.Response.StatusCode);
        using var reader = new StreamReader(context.Response.Body);
        Assert.DoesNotContain(Marker, await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task AnAbsolutePathInTheUrlDoesNotEscapeTheApi()
    {
        var response = await _client.GetAsync("/api/forms/demo/case-form/samples//etc/passwd");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync());
    }
}
