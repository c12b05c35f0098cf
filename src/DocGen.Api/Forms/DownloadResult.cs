using System.Text;
using Microsoft.Net.Http.Headers;

namespace DocGen.Api.Forms;

/// <summary>A document download with its Chinese file name (RFC 5987 <c>filename*</c>) and an ASCII fallback.</summary>
internal static class DownloadResult
{
    public static IResult File(byte[] bytes, string contentType, string fileName, string asciiFallback)
    {
        return new Download(bytes, contentType, fileName, asciiFallback);
    }

    private sealed class Download(byte[] bytes, string contentType, string fileName, string asciiFallback) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            var disposition = new ContentDispositionHeaderValue("attachment") { FileName = asciiFallback, FileNameStar = fileName };
            context.Response.ContentType = contentType;
            context.Response.ContentLength = bytes.Length;
            context.Response.Headers.ContentDisposition = disposition.ToString();
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
