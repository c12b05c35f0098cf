using System.Diagnostics;

namespace DocGen.Conversion.Tests;

/// <summary>pdfinfo / pdffonts / pdftotext (poppler-utils) on a PDF held in memory.</summary>
internal sealed class Poppler : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"docgen-test-{Guid.NewGuid():N}.pdf");

    public Poppler(byte[] pdf) => File.WriteAllBytes(_path, pdf);

    public string Info(params string[] options) => Run("pdfinfo", [.. options, _path]);

    public string Text() => Run("pdftotext", ["-enc", "UTF-8", _path, "-"]);

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

    public void Dispose() => File.Delete(_path);

    private static string Run(string tool, string[] arguments)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {error}");
        return output;
    }
}
