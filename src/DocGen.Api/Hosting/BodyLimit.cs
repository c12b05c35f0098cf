using DocGen.Api.Problems;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocGen.Api.Hosting;

/// <summary>
/// Applies an endpoint's body limit: Kestrel is told (so it stops reading early and a declared length over the
/// limit is refused before any byte is read), and reads are counted too, because not every server (the test
/// host, a reverse proxy's chunked upload) enforces the feature.
/// </summary>
internal static class BodyLimit
{
    /// <summary>The body to read, limited; or the 413 answer when the declared length is already too large.</summary>
    public static (LimitedReadStream? Body, ProblemHttpResult? TooLarge) Apply(HttpContext context, long limit)
    {
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = limit;
        if (context.Request.ContentLength > limit) return (null, Problem.TooLarge(limit));
        return (new LimitedReadStream(context.Request.Body, limit), null);
    }
}
