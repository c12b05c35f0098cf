using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace DocGen.Api.Problems;

/// <summary>
/// Writes the service's own problems (a <see cref="ProblemTypes"/> type) exactly as built: UTF-8 JSON with Chinese
/// unescaped, no members added. Problems the framework makes itself (an unknown path, a wrong method, a refused
/// media type) fall through to the framework's writer, which completes them and applies
/// <see cref="FrameworkProblems.Customize"/>. A problem that asks the client to wait (<c>retryAfter</c>: 429, a full
/// PDF queue) carries the same seconds in the <c>Retry-After</c> header, so every such answer is one typed result.
/// </summary>
internal sealed class ProblemWriter : IProblemDetailsWriter
{
    private const string ContentType = "application/problem+json; charset=utf-8";

    /// <summary>The problem member with the seconds to wait before retrying.</summary>
    public const string RetryAfterMember = "retryAfter";

    public bool CanWrite(ProblemDetailsContext context) => context.ProblemDetails.Type?.StartsWith(ProblemTypes.Base, StringComparison.Ordinal) == true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        if (context.ProblemDetails.Extensions.TryGetValue(RetryAfterMember, out var seconds) && seconds is int wait)
            response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
        return new ValueTask(response.WriteAsJsonAsync(context.ProblemDetails, typeof(ProblemDetails), ProblemJson.Options, ContentType, context.HttpContext.RequestAborted));
    }
}
