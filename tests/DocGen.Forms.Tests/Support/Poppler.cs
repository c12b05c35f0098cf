using System.Diagnostics;

namespace DocGen.Forms.Tests.Support;

/// <summary>Reads PDFs with poppler's command-line tools, as a person checking a printout would.</summary>
internal static class Poppler
{
    public static string Run(string tool, string arguments)
    {
        var start = new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
