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
            ? Problem.Details(ProblemTypes.RequestTooLarge, "请求体超过上限")
            : Problem.Details(ProblemTypes.BadRequest, bad.Message, status: bad.StatusCode);
        await TypedResults.Problem(problem).ExecuteAsync(context);
        return true;
    }
}
