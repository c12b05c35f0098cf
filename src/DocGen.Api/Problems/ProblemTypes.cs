namespace DocGen.Api.Problems;

/// <summary>
/// Every problem the service answers with, named once: the README's problem table and the OpenAPI descriptions
/// speak of these and no others. Problems the framework writes itself (an unknown path, a wrong method) keep the
/// framework's types, except a refused media type, which becomes <see cref="UnsupportedMediaType"/>.
/// </summary>
internal static class ProblemTypes
{
    public const string Base = "https://docgen.local/problems/";

    public static readonly ProblemType MalformedJson = new("malformed-json", 400, "请求体不是有效的 JSON");

    /// <summary>Its title names the parameter (<c>参数 format 无效</c>): see <see cref="Problem.BadParameter"/>.</summary>
    public static readonly ProblemType BadParameter = new("bad-parameter", 400, "参数无效");

    /// <summary>A request the server could not read (Kestrel's own refusals); answered with the status Kestrel chose.</summary>
    public static readonly ProblemType BadRequest = new("bad-request", 400, "请求无效");

    public static readonly ProblemType BadMultipart = new("bad-multipart", 400, "上传内容无法读取");
    public static readonly ProblemType NoTemplate = new("no-template", 400, "缺少模板文件");
    public static readonly ProblemType UnreadableDocument = new("unreadable-document", 400, "无法读取上传的文档");
    public static readonly ProblemType ApiKeyRequired = new("api-key-required", 401, "需要 API 密钥");
    public static readonly ProblemType UnknownForm = new("unknown-form", 404, "未找到表单");
    public static readonly ProblemType UnknownVersion = new("unknown-version", 404, "未找到表单版本");
    public static readonly ProblemType UnknownSample = new("unknown-sample", 404, "未找到示例");
    public static readonly ProblemType RequestTooLarge = new("request-too-large", 413, "请求体过大");
    public static readonly ProblemType UnsupportedMediaType = new("unsupported-media-type", 415, "不支持的请求类型");
    public static readonly ProblemType NotMultipart = new("not-multipart", 415, "需要 multipart/form-data");
    public static readonly ProblemType InvalidData = new("invalid-data", 422, "数据校验未通过");
    public static readonly ProblemType RenderFailed = new("render-failed", 422, "无法生成文档");
    public static readonly ProblemType UnrecognizedForm = new("unrecognized-form", 422, "无法识别表单");
    public static readonly ProblemType NotASummary = new("not-a-summary", 422, "不是汇总表");
    public static readonly ProblemType SummaryEmpty = new("summary-empty", 422, "没有可汇总的表单");
    public static readonly ProblemType PdfTooLarge = new("pdf-too-large", 422, "文档过大，无法转换为 PDF");
    public static readonly ProblemType RateLimited = new("rate-limited", 429, "请求过于频繁");
    public static readonly ProblemType InternalError = new("internal-error", 500, "服务内部错误");
    public static readonly ProblemType PdfFailed = new("pdf-failed", 502, "PDF 转换失败");
    public static readonly ProblemType PdfUnavailable = new("pdf-unavailable", 503, "PDF 转换未启用");
    public static readonly ProblemType PdfQueueFull = new("pdf-queue-full", 503, "PDF 转换繁忙");
    public static readonly ProblemType PdfWorkerMemory = new("pdf-worker-memory", 503, "PDF 转换内存超限");
    public static readonly ProblemType PdfTimeout = new("pdf-timeout", 504, "PDF 转换超时");

    /// <summary>Every type above, in the order declared.</summary>
    public static IReadOnlyList<ProblemType> All { get; } =
        [.. typeof(ProblemTypes).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(ProblemType)).Select(f => (ProblemType)f.GetValue(null)!)];
}
