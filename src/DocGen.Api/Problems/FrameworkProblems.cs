namespace DocGen.Api.Problems;

/// <summary>
/// Answers the framework writes itself, before an endpoint runs, in DocGen's problem vocabulary: routing refuses a body
/// whose Content-Type the operation does not accept (the media types its OpenAPI request body lists) with 415, and that
/// answer gets the same <c>unsupported-media-type</c> type and a Chinese title and detail as the endpoints' own 415s.
/// </summary>
internal static class FrameworkProblems
{
    public static void Customize(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Status != StatusCodes.Status415UnsupportedMediaType) return;
        var contentType = context.HttpContext.Request.ContentType;
        context.ProblemDetails.Type = ProblemTypes.UnsupportedMediaType.Uri;
        context.ProblemDetails.Title = ProblemTypes.UnsupportedMediaType.Title;
        context.ProblemDetails.Detail = string.IsNullOrEmpty(contentType)
            ? "请求缺少 Content-Type；此操作接受的类型见 /api/openapi.json 中该操作的 requestBody"
            : $"此操作不接受 Content-Type“{contentType}”；接受的类型见 /api/openapi.json 中该操作的 requestBody";
        context.ProblemDetails.Extensions.Remove("traceId");
    }
}
