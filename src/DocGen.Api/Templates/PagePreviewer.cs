using System.Globalization;
using System.Text.RegularExpressions;
using DocGen.Conversion;

namespace DocGen.Api.Templates;

/// <summary>
/// Turns a PDF into PNG pictures of its first pages with poppler's <c>pdfinfo</c> and <c>pdftoppm</c>, and into the
/// text of each page with <c>pdftotext</c>. The PDF goes in on standard input and each page comes back on standard
/// output, so nothing is written to disk.
/// </summary>
internal sealed partial class PagePreviewer(ILogger<PagePreviewer> logger)
{
    /// <summary>Enough to judge a layout; long reports (40+ pages) would otherwise make answers of tens of MB.</summary>
    public const int MaxPages = 12;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public async Task<(IReadOnlyList<byte[]> Pages, int PageCount, string? Problem)> RenderAsync(byte[] pdf, CancellationToken cancellationToken, int maxPages = MaxPages)
    {
        try
        {
            var info = await RunAsync("pdfinfo", ["-"], pdf, cancellationToken);
            if (info.ExitCode != 0 || PagesLine().Match(System.Text.Encoding.UTF8.GetString(info.Output)) is not { Success: true } pagesLine)
                return ([], 0, $"无法读取 PDF 页数（pdfinfo：{info.Error.Trim()}）");
            var count = int.Parse(pagesLine.Groups[1].Value, CultureInfo.InvariantCulture);
            var pages = new List<byte[]>();
            for (var page = 1; page <= Math.Min(count, maxPages); page++)
            {
                var number = page.ToString(CultureInfo.InvariantCulture);
                var render = await RunAsync("pdftoppm", ["-png", "-scale-to", "1000", "-f", number, "-l", number, "-singlefile", "-"], pdf, cancellationToken);
                if (render.ExitCode != 0) return (pages, count, $"第{page}页无法生成预览（pdftoppm：{render.Error.Trim()}）");
                pages.Add(render.Output);
            }
            return (pages, count, null);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            logger.LogWarning(e, "Page preview failed: poppler-utils missing?");
            return ([], 0, "无法生成页面预览：服务器缺少 poppler-utils（pdfinfo、pdftoppm）");
        }
    }

    /// <summary>The text of each page (poppler's <c>pdftotext</c>, pages separated by form feeds); empty when it cannot be read.</summary>
    public async Task<IReadOnlyList<string>> TextAsync(byte[] pdf, CancellationToken cancellationToken)
    {
        try
        {
            var text = await RunAsync("pdftotext", ["-enc", "UTF-8", "-", "-"], pdf, cancellationToken);
            return text.ExitCode == 0 ? System.Text.Encoding.UTF8.GetString(text.Output).Split('\f') : [];
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            logger.LogWarning(e, "Page text failed: poppler-utils missing?");
            return [];
        }
    }

    /// <summary>
    /// Runs a poppler tool with the PDF on standard input; what it wrote, its exit code and its complaints. A tool
    /// that runs too long is killed and answers exit code -1.
    /// </summary>
    internal static async Task<(int ExitCode, byte[] Output, string Error)> RunAsync(string program, string[] arguments, byte[] input, CancellationToken cancellationToken)
    {
        try
        {
            return await ChildProcess.RunAsync(program, arguments, input, Timeout, cancellationToken: cancellationToken);
        }
        catch (TimeoutException e)
        {
            return (-1, [], e.Message);
        }
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();
}
