using DocGen.Conversion;

namespace DocGen.Contract.Tests.Support;

/// <summary>Runs a command-line tool to its end and keeps what it printed.</summary>
internal static class Tool
{
    /// <summary>What every tool is told: no telemetry, no banners, no update checks, no tutorial.</summary>
    private static readonly Dictionary<string, string?> Quiet = new()
    {
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["KIOTA_TUTORIAL_ENABLED"] = "false",
        ["KIOTA_OFFLINE_ENABLED"] = "true",
        ["REDOCLY_TELEMETRY"] = "off",
        ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true",
    };

    public sealed record Run(int ExitCode, string Output, string Error)
    {
        public string Both => Output + "\n" + Error;
    }

    /// <exception cref="TimeoutException">The tool ran longer than <paramref name="timeout"/>; its process tree was killed.</exception>
    public static async Task<Run> RunAsync(string file, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var (exitCode, output, error) = await ChildProcess.RunAsync(file, arguments, ReadOnlyMemory<byte>.Empty, timeout, Quiet, workingDirectory);
        return new Run(exitCode, System.Text.Encoding.UTF8.GetString(output), error);
    }
}
