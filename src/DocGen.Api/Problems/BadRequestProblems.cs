using Microsoft.AspNetCore.Diagnostics;

namespace DocGen.Api.Problems;

/// <summary>
/// Kestrel's own refusals (a body over its limit, a malformed request) thrown out of an endpoint become
/// problem+json with their status (413, 400) instead of a 500.
/// </summary>
internal sealed class BadRequestProblems : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;
        var problem = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? Problem.Create(413, "request-too-large", "请求体过大", "请求体超过上限")
            : Problem.Create(bad.StatusCode, "bad-request", "请求无效", bad.Message);
        await problem.ExecuteAsync(context);
        return true;
    }
}
