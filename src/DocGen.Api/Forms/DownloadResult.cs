using System.Text;
using Microsoft.Net.Http.Headers;

namespace DocGen.Api.Forms;

/// <summary>A document download with its Chinese file name (RFC 5987 <c>filename*</c>) and an ASCII fallback.</summary>
internal static class DownloadResult
{
    /// <param name="fontSubstitutions">For PDFs: the fonts LibreOffice replaced, reported in a header (percent-encoded).</param>
    public static IResult File(byte[] bytes, string contentType, string fileName, string asciiFallback, string? fontSubstitutions = null) =>
        new Download(bytes, contentType, fileName, asciiFallback, fontSubstitutions);

    private sealed class Download(byte[] bytes, string contentType, string fileName, string asciiFallback, string? fontSubstitutions) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            var disposition = new ContentDispositionHeaderValue("attachment") { FileName = asciiFallback, FileNameStar = fileName };
            context.Response.ContentType = contentType;
            context.Response.ContentLength = bytes.Length;
            context.Response.Headers.ContentDisposition = disposition.ToString();
            if (fontSubstitutions is not null) context.Response.Headers["X-DocGen-Font-Substitutions"] = Uri.EscapeDataString(fontSubstitutions);
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }

    public static string Ascii(string id, string extension)
    {
        var sb = new StringBuilder();
        foreach (var c in id) sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        return sb + extension;
    }
}
