using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading.RateLimiting;
using DocGen.Api.Hosting;
using DocGen.Api.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace DocGen.Api.Tests;

/// <summary>A failure nobody planned for is answered as a problem like any other, and says nothing about the service's insides.</summary>
public sealed class UnexpectedFailureTests
{
    private const string Secret = "connection string Password=hunter2 at /srv/docgen/secret.cs";

    [Fact]
    public async Task AnExceptionInAnEndpointIsA500ProblemInChineseWithoutTheExceptionsText()
    {
        using var api = new ServicesApi(services => services.AddSingleton<RequestLimits>(_ => throw new InvalidOperationException(Secret)));

        var response = await api.CreateClient().PostAsync("/api/forms/demo/case-form/validate", new StringContent("{}", Encoding.UTF8, "application/json"));

        await AssertInternalErrorAsync(response);
    }

    [Fact]
    public async Task AnExceptionInTheMiddlewareBeforeTheEndpointsIsThe500ProblemToo()
    {
        // The rate limiter runs ahead of the key check and the endpoints; the exception handler must stand before it.
        using var api = new ServicesApi(services => services.PostConfigure<RateLimiterOptions>(options =>
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(_ => throw new InvalidOperationException(Secret))));

        var response = await api.CreateClient().GetAsync("/api/forms");

        await AssertInternalErrorAsync(response);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    private static async Task AssertInternalErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal("https://docgen.local/problems/internal-error", problem.GetProperty("type").GetString());
        Assert.Equal("服务内部错误", problem.GetProperty("title").GetString());
        Assert.Equal(500, problem.GetProperty("status").GetInt32());
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$", problem.GetProperty("traceId").GetString());
        Assert.DoesNotContain("hunter2", text);
        Assert.DoesNotContain("InvalidOperationException", text);
        Assert.DoesNotContain(" at ", text);
    }
}
