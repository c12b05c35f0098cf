using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace DocGen.Api.Problems;

/// <summary>
/// Exceptions that reach the exception handler (registered first, so it sees those of every middleware too). Kestrel's
/// own refusals (a body over its limit, a malformed request) keep their status (413, 400…); anything else is a 500
/// <see cref="ProblemTypes.InternalError"/> that says nothing of the exception (it is logged by the exception
/// handler) and carries the request's trace id to find the log entry by.
/// </summary>
internal sealed class ExceptionProblems : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problem.Details(ProblemTypes.RequestTooLarge, "请求体超过上限"),
            BadHttpRequestException bad => Problem.Details(ProblemTypes.BadRequest, bad.Message, status: bad.StatusCode),
            _ => Problem.Details(ProblemTypes.InternalError, "服务处理请求时出错；请稍后重试，问题持续时请把 traceId 告知服务的管理员",
                new Dictionary<string, object?> { ["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier }),
        };
        await TypedResults.Problem(problem).ExecuteAsync(context);
        return true;
    }
}
