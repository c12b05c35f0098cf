using DocGen.Conversion;

namespace DocGen.Tests.Shared;

/// <summary>Reads a PDF held in memory with poppler's command-line tools (poppler-utils), as a person checking a printout would.</summary>
internal sealed class Poppler : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"docgen-test-{Guid.NewGuid():N}.pdf");

    public Poppler(byte[] pdf) => File.WriteAllBytes(_path, pdf);

    /// <summary>pdfinfo's report, with its <paramref name="options"/> (<c>-f 1 -l 9999</c> adds each page's size).</summary>
    public string Info(params string[] options) => Run("pdfinfo", [.. options, _path]);

    /// <summary>pdftotext's text, with its <paramref name="options"/> (<c>-layout</c> keeps the columns apart).</summary>
    public string Text(params string[] options) => Run("pdftotext", [.. options, "-enc", "UTF-8", _path, "-"]);

    /// <summary>Rows of <c>pdfimages -list</c>: one per picture drawn on a page (a placed image, a soft mask).</summary>
    public IReadOnlyList<string> Images() =>
        Run("pdfimages", ["-list", _path]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToArray();

    /// <summary>Rows of pdffonts: (name, emb) per font.</summary>
    public IReadOnlyList<(string Name, string Embedded)> Fonts()
    {
        var lines = Run("pdffonts", [_path]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2);
        return lines.Select(line =>
        {
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // name type... encoding emb sub uni object-id generation: emb is the fifth column from the end.
            return (columns[0], columns[^5]);
        }).ToArray();
    }

    /// <summary>
    /// Prints every page as a binary grey map (page-1.pgm, or page-01.pgm… with as many digits as the page count)
    /// into <paramref name="directory"/>.
    /// </summary>
    public void PrintGreyPages(string directory, int resolution) =>
        Run("pdftoppm", ["-r", resolution.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", _path, Path.Combine(directory, "page")]);

    public void Dispose() => File.Delete(_path);

    /// <summary>Runs a poppler tool to its end and answers what it printed; a failure fails the test with its complaint.</summary>
    private static string Run(string program, IEnumerable<string> arguments)
    {
        var (exitCode, output, error) = ChildProcess.RunAsync(program, arguments, ReadOnlyMemory<byte>.Empty, Timeout).GetAwaiter().GetResult();
        Assert.True(exitCode == 0, $"{program} failed ({exitCode}): {error}");
        return System.Text.Encoding.UTF8.GetString(output);
    }
}
