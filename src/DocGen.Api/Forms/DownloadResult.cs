using System.Text;
using Microsoft.Net.Http.Headers;

namespace DocGen.Api.Forms;

/// <summary>
/// A document download through ASP.NET Core's file result, with DocGen's own <c>Content-Disposition</c>: the Chinese file
/// name as <c>filename*</c> (RFC 5987) and a readable ASCII fallback (the framework's would be underscores). A document
/// that is the same bytes every time (a blank form) also carries its entity tag and the time it was made: the
/// framework then answers <c>If-None-Match</c>/<c>If-Modified-Since</c> with 304 and <c>Range</c> with 206.
/// </summary>
internal sealed class DownloadResult : IResult
{
    /// <summary>A public document that never changes under its tag: cached anywhere, but revalidated on every use, so a new template version shows at once.</summary>
    private const string RevalidatedPublicDocument = "public, no-cache";

    private readonly RenderedDocument _document;
    private readonly EntityTagHeaderValue? _entityTag;
    private readonly DateTimeOffset? _lastModified;

    private DownloadResult(RenderedDocument document, EntityTagHeaderValue? entityTag, DateTimeOffset? lastModified)
    {
        _document = document;
        _entityTag = entityTag;
        _lastModified = lastModified;
    }

    public static DownloadResult File(RenderedDocument document) => new DownloadResult(document, null, null);

    /// <summary>A document that stays the same bytes under <paramref name="entityTag"/>, made at <paramref name="lastModified"/>.</summary>
    public static DownloadResult Revalidated(RenderedDocument document, EntityTagHeaderValue entityTag, DateTimeOffset lastModified) =>
        new DownloadResult(document, entityTag, lastModified);

    public Task ExecuteAsync(HttpContext context)
    {
        var response = context.Response;
        // What describes the document goes on the document only, not on a 304 or 416 answer.
        response.OnStarting(() =>
        {
            if (response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status206PartialContent)
            {
                response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = _document.AsciiFileName, FileNameStar = _document.FileName }.ToString();
                if (_document.FontSubstitutions is not null)
                    response.Headers["X-DocGen-Font-Substitutions"] = Uri.EscapeDataString(_document.FontSubstitutions);
            }
            return Task.CompletedTask;
        });
        if (_entityTag is not null) response.Headers.CacheControl = RevalidatedPublicDocument;
        return TypedResults.File(_document.Bytes, _document.ContentType, lastModified: _lastModified, entityTag: _entityTag,
            enableRangeProcessing: _entityTag is not null).ExecuteAsync(context);
    }

    public static string Ascii(string id, string extension)
    {
        var sb = new StringBuilder();
        foreach (var c in id) sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        return sb + extension;
    }
}
