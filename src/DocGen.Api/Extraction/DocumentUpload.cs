using DocGen.Api.Hosting;
using DocGen.Api.Problems;
using DocGen.Templates.Extraction;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocGen.Api.Extraction;

/// <summary>Reads an uploaded Word document from the request body: bounded, in memory only, refused with a problem answer when it is not one.</summary>
internal static class DocumentUpload
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>What HTTP clients send for a file whose type they do not know; read like a .docx.</summary>
    public const string OctetStream = "application/octet-stream";

    public static async Task<(byte[]? Bytes, ProblemHttpResult? Error)> ReadBytesAsync(HttpContext context, long limit, CancellationToken cancellationToken)
    {
        var (body, tooLarge) = BodyLimit.Apply(context, limit);
        if (tooLarge is not null) return (null, tooLarge);
        using var buffer = new MemoryStream();
        try
        {
            await body!.CopyToAsync(buffer, cancellationToken);
        }
        catch (RequestTooLargeException)
        {
            return (null, Problem.TooLarge(limit));
        }
        if (buffer.Length == 0) return (null, Unreadable("请求体为空：需要一个 Word 文档（.docx）"));
        return (buffer.ToArray(), null);
    }

    public static async Task<(FilledDocument? Document, ProblemHttpResult? Error)> ReadAsync(HttpContext context, long limit, CancellationToken cancellationToken)
    {
        var contentType = context.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (contentType is not (null or "" or DocxContentType or OctetStream))
        {
            return (null, Problem.Create(ProblemTypes.UnsupportedMediaType,
                $"请上传 Word 文档（Content-Type: {DocxContentType}），而不是 {contentType}"));
        }

        var (bytes, error) = await ReadBytesAsync(context, limit, cancellationToken);
        if (error is not null) return (null, error);
        try
        {
            return (FilledDocument.Read(bytes!), null);
        }
        catch (UnreadableDocumentException e)
        {
            return (null, Unreadable($"不是可读取的 Word 文档（.docx）：{e.MessageZh}"));
        }
    }

    public static ProblemHttpResult Unreadable(string detail) => Problem.Create(ProblemTypes.UnreadableDocument, detail);
}
