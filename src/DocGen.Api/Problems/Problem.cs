using DocGen.Filling.Batch;
using DocGen.Validation;

namespace DocGen.Api.Problems;

/// <summary>RFC 7807 answers with Chinese titles; data errors carry a JSON pointer, the field's label and the message.</summary>
internal static class Problem
{
    public const string TypeBase = "https://docgen.local/problems/";

    public static IResult Create(int status, string type, string title, string detail, IDictionary<string, object?>? extensions = null, IDictionary<string, string>? headers = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["type"] = TypeBase + type,
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
        };
        if (extensions is not null)
            foreach (var (key, value) in extensions) body[key] = value;
        return new ProblemResult(status, body, headers);
    }

    public static IResult MalformedJson(string detail) => Create(400, "malformed-json", "请求体不是有效的 JSON", detail);

    public static IResult BadParameter(string name, string detail) =>
        Create(400, "bad-parameter", $"参数 {name} 无效", detail, new Dictionary<string, object?> { ["parameter"] = name });

    /// <summary>The errors listed in one answer; a hostile body with a million bad fields gets a bounded answer and the count of the rest.</summary>
    public const int MaxListedErrors = 200;

    public static IResult Invalid(IReadOnlyList<DataError> errors)
    {
        var listed = errors.Take(MaxListedErrors).ToList();
        var extensions = new Dictionary<string, object?> { ["errors"] = listed.Select(e => new FieldError(e.Pointer, e.Label, e.Message)).ToList() };
        if (errors.Count > listed.Count) extensions["moreErrors"] = errors.Count - listed.Count;
        var detail = string.Join("\n", listed.Select(e => e.ToString())) + (errors.Count > listed.Count ? $"\n……另有{errors.Count - listed.Count}个问题" : "");
        return Create(422, "invalid-data", "数据校验未通过", detail, extensions);
    }

    public static IResult TooLarge(long limit) => Create(413, "request-too-large", "请求体过大",
        $"请求体超过上限（{BatchItemReader.FormatSize(limit)}）", new Dictionary<string, object?> { ["limit"] = limit });

    private sealed class ProblemResult(int status, Dictionary<string, object?> body, IDictionary<string, string>? headers) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = status;
            if (headers is not null)
                foreach (var (key, value) in headers) context.Response.Headers[key] = value;
            context.Response.ContentType = "application/problem+json; charset=utf-8";
            await System.Text.Json.JsonSerializer.SerializeAsync(context.Response.Body, body, ProblemJson.Options, context.RequestAborted);
        }
    }
}
