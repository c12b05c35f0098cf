using DocGen.Api.Problems;

namespace DocGen.Api.Access;

/// <summary>
/// When keys are configured, every request that makes something (POST: render, validate, render-batch) needs a
/// valid <c>X-Api-Key</c>. Reading stays open: health (probes), Swagger, the catalog, schemas, samples and blank
/// forms are public documents. A valid key also names the client for rate limiting; the rate limiter runs first, so a
/// wrong key is refused only after it has been counted against its address (guessing keys is rate-limited too).
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, ApiKeys keys)
{
    public const string ClientItem = "docgen.client";

    public async Task InvokeAsync(HttpContext context)
    {
        var client = Identify(context, keys);
        if (!keys.Required || client is not null || IsReadOnly(context.Request.Method))
        {
            await next(context);
            return;
        }
        var presented = context.Request.Headers.ContainsKey(ApiKeys.Header);
        context.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{ApiKeys.Header}\"";
        await Problem.Create(ProblemTypes.ApiKeyRequired,
            presented ? $"请求头 {ApiKeys.Header} 中的密钥无效" : $"此操作需要在请求头 {ApiKeys.Header} 中提供 API 密钥").ExecuteAsync(context);
    }

    /// <summary>The client a valid key names (<c>key:…</c>), or null; computed once per request and kept in its items.</summary>
    public static string? Identify(HttpContext context, ApiKeys keys)
    {
        if (context.Items.TryGetValue(ClientItem, out var known)) return known as string;
        var client = keys.Identify(context.Request.Headers[ApiKeys.Header]);
        context.Items[ClientItem] = client;
        return client;
    }

    /// <summary>Reading needs no key: GET, HEAD, OPTIONS.</summary>
    public static bool IsReadOnly(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
}
