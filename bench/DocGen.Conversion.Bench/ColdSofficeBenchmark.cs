using System.Diagnostics;

namespace DocGen.Conversion.Bench;

/// <summary>
/// The naive baseline: one <c>soffice --headless --convert-to pdf</c> process per document. The profile is created
/// beforehand (first run not counted) so the figure is the process start + load + export, not profile creation.
/// </summary>
internal static class ColdSofficeBenchmark
{
    public static async Task<object> RunAsync(string docx, int runs)
    {
        var work = Directory.CreateTempSubdirectory("docgen-cold-");
        try
        {
            var profile = new Uri(Path.Combine(work.FullName, "profile") + "/").AbsoluteUri.TrimEnd('/');
            await ConvertOnceAsync(docx, work.FullName, profile);
            var samples = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var t0 = Stopwatch.GetTimestamp();
                await ConvertOnceAsync(docx, work.FullName, profile);
                samples.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }

            return new { per_file = LatencyStats.Of(samples) };
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task ConvertOnceAsync(string docx, string outDir, string profile)
    {
        var info = new ProcessStartInfo("/usr/bin/soffice") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--headless", "--norestore", $"-env:UserInstallation={profile}", "--convert-to", "pdf", "--outdir", outDir, docx })
        {
            info.ArgumentList.Add(argument);
        }

        var fonts = Path.Combine(AppContext.BaseDirectory, "fonts", "fonts.conf");
        if (File.Exists(fonts))
        {
            info.Environment["FONTCONFIG_FILE"] = fonts;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await output;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"soffice --convert-to pdf exited with {process.ExitCode}: {await error}");
        }
    }
}
