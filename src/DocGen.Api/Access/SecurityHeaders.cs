namespace DocGen.Api.Access;

/// <summary>
/// Headers every answer carries, errors included (set when the response starts, after any handler cleared it).
/// The API (<c>/api</c>, <c>/health</c>) answers JSON and attachments, which need no script, style or frame. Pages
/// (Swagger UI, the service's own HTML) may run the service's own scripts and styles and nothing from elsewhere;
/// pictures may also be data: or blob: URLs (previews of photos chosen for a form). An API answer that is itself a
/// page (a version comparison with its page pictures) is treated as a page.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public const string PagePolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "connect-src 'self'; font-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        var api = context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/health");
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            var page = context.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true;
            headers.ContentSecurityPolicy = api && !page ? ApiPolicy : PagePolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
