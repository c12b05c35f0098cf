using Microsoft.AspNetCore.Mvc;

namespace DocGen.Api.Problems;

/// <summary>
/// Writes the service's own problems (a <see cref="ProblemTypes"/> type) exactly as built: UTF-8 JSON with Chinese
/// unescaped, no members added. Problems the framework makes itself (an unknown path, a wrong method, a refused
/// media type) fall through to the framework's writer, which completes them and applies
/// <see cref="FrameworkProblems.Customize"/>.
/// </summary>
internal sealed class ProblemWriter : IProblemDetailsWriter
{
    private const string ContentType = "application/problem+json; charset=utf-8";

    public bool CanWrite(ProblemDetailsContext context) => context.ProblemDetails.Type?.StartsWith(ProblemTypes.Base, StringComparison.Ordinal) == true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        return new ValueTask(response.WriteAsJsonAsync(context.ProblemDetails, typeof(ProblemDetails), ProblemJson.Options, ContentType, context.HttpContext.RequestAborted));
    }
}
