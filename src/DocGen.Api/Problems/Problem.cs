using DocGen.Filling.Batch;
using DocGen.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DocGen.Api.Problems;

/// <summary>
/// RFC 9457 answers of a <see cref="ProblemType"/> with a Chinese detail; data errors carry a JSON pointer, the field's
/// label and the message. They are written through <see cref="IProblemDetailsService"/> (see <see cref="ProblemWriter"/>).
/// </summary>
internal static class Problem
{
    public static ProblemHttpResult Create(ProblemType type, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(Details(type, detail, extensions));

    public static ProblemDetails Details(ProblemType type, string detail, IDictionary<string, object?>? extensions = null, int? status = null, string? title = null)
    {
        var details = new ProblemDetails { Type = type.Uri, Title = title ?? type.Title, Status = status ?? type.Status, Detail = detail };
        if (extensions is not null)
            foreach (var (key, value) in extensions) details.Extensions[key] = value;
        return details;
    }

    public static ProblemHttpResult MalformedJson(string detail) => Create(ProblemTypes.MalformedJson, detail);

    public static ProblemHttpResult BadParameter(string name, string detail) =>
        TypedResults.Problem(Details(ProblemTypes.BadParameter, detail, new Dictionary<string, object?> { ["parameter"] = name }, title: $"参数 {name} 无效"));

    /// <summary>The errors listed in one answer; a hostile body with a million bad fields gets a bounded answer and the count of the rest.</summary>
    public const int MaxListedErrors = 200;

    public static ProblemHttpResult Invalid(IReadOnlyList<DataError> errors)
    {
        var listed = errors.Take(MaxListedErrors).ToList();
        var extensions = new Dictionary<string, object?> { ["errors"] = listed.Select(e => new FieldError(e.Pointer, e.Label, e.Message)).ToList() };
        if (errors.Count > listed.Count) extensions["moreErrors"] = errors.Count - listed.Count;
        var detail = string.Join("\n", listed.Select(e => e.ToString())) + (errors.Count > listed.Count ? $"\n……另有{errors.Count - listed.Count}个问题" : "");
        return Create(ProblemTypes.InvalidData, detail, extensions);
    }

    public static ProblemHttpResult TooLarge(long limit) => Create(ProblemTypes.RequestTooLarge,
        $"请求体超过上限（{BatchItemReader.FormatSize(limit)}）", new Dictionary<string, object?> { ["limit"] = limit });
}
