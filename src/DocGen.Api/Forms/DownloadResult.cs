using System.Text;
using Microsoft.Net.Http.Headers;

namespace DocGen.Api.Forms;

/// <summary>
/// A document download with its Chinese file name (RFC 5987 <c>filename*</c>) and an ASCII fallback; for the same
/// bytes every time (blank forms), with an entity tag so that a client or proxy revalidates instead of downloading again.
/// </summary>
internal static class DownloadResult
{
    /// <summary>A public document that never changes under its tag: cached anywhere, but revalidated on every use, so a new template version shows at once.</summary>
    private const string RevalidatedPublicDocument = "public, no-cache";

    public static IResult File(RenderedDocument document, string? entityTag = null) => new Download(document, entityTag);

    /// <summary>304: the client's copy (<c>If-None-Match</c>) is still the document.</summary>
    public static IResult NotModified(string entityTag) => new Unchanged(entityTag);

    private sealed class Download(RenderedDocument document, string? entityTag) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            var disposition = new ContentDispositionHeaderValue("attachment") { FileName = document.AsciiFileName, FileNameStar = document.FileName };
            context.Response.ContentType = document.ContentType;
            context.Response.ContentLength = document.Bytes.Length;
            context.Response.Headers.ContentDisposition = disposition.ToString();
            if (document.FontSubstitutions is not null)
                context.Response.Headers["X-DocGen-Font-Substitutions"] = Uri.EscapeDataString(document.FontSubstitutions);
            if (entityTag is not null)
            {
                context.Response.Headers.ETag = entityTag;
                context.Response.Headers.CacheControl = RevalidatedPublicDocument;
            }
            await context.Response.Body.WriteAsync(document.Bytes, context.RequestAborted);
        }
    }

    private sealed class Unchanged(string entityTag) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.Headers.ETag = entityTag;
            context.Response.Headers.CacheControl = RevalidatedPublicDocument;
            return Task.CompletedTask;
        }
    }

    public static string Ascii(string id, string extension)
    {
        var sb = new StringBuilder();
        foreach (var c in id) sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        return sb + extension;
    }
}
