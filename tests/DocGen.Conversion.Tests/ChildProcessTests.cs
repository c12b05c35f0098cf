using System.Diagnostics;
using System.Text;

namespace DocGen.Conversion.Tests;

public sealed class ChildProcessTests : IDisposable
{
    private const string MarkerVariable = "DOCGEN_CHILD_PROCESS_TEST";

    /// <summary>Set on every process a test starts and inherited by their children, to find them all in /proc.</summary>
    private readonly string _marker = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task A_run_past_its_timeout_kills_the_whole_process_tree()
    {
        var stopwatch = Stopwatch.StartNew();
        var run = ChildProcess.RunAsync("sh", ["-c", "sleep 600 & sleep 600"], ReadOnlyMemory<byte>.Empty, TimeSpan.FromSeconds(3), Marked(_marker));
        await Eventually.TrueAsync(() => run.IsCompleted || LiveProcessesMarked(_marker).Count >= 2, "the shell and its sleeps to start");
        Assert.True(LiveProcessesMarked(_marker).Count >= 2, "the shell and its sleeps were running");

        await Assert.ThrowsAsync<TimeoutException>(() => run);

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(50), $"the run ended after {stopwatch.Elapsed}");
        await Eventually.TrueAsync(() => LiveProcessesMarked(_marker).Count == 0, "every process of the tree to be gone");
    }

    [Fact]
    public async Task A_cancelled_run_is_killed_and_reports_the_cancellation()
    {
        using var cancellation = new CancellationTokenSource();
        var run = ChildProcess.RunAsync("sh", ["-c", "sleep 600 & sleep 600"], ReadOnlyMemory<byte>.Empty, TimeSpan.FromMinutes(5), Marked(_marker), cancellationToken: cancellation.Token);
        await Eventually.TrueAsync(() => run.IsCompleted || LiveProcessesMarked(_marker).Count >= 2, "the shell and its sleeps to start");

        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        await Eventually.TrueAsync(() => LiveProcessesMarked(_marker).Count == 0, "every process of the tree to be gone");
    }

    [Fact]
    public async Task Large_input_and_output_on_every_stream_pass_without_blocking()
    {
        // Far beyond a pipe's 64 KiB: the input must be written while the output is read, and standard error must be
        // drained while standard output is, or the child and this process wait for each other forever.
        var input = new byte[8 * 1024 * 1024];
        new Random(7).NextBytes(input);

        var (exitCode, output, error) = await ChildProcess.RunAsync(
            "sh", ["-c", "head -c 1048576 /dev/zero | tr '\\0' e >&2; cat"], input, TimeSpan.FromMinutes(2));

        Assert.Equal(0, exitCode);
        Assert.Equal(input, output);
        Assert.Equal(new string('e', 1024 * 1024), error);
    }

    [Fact]
    public async Task A_failing_program_gives_its_exit_code_and_its_complaint()
    {
        var (exitCode, output, error) = await ChildProcess.RunAsync(
            "sh", ["-c", "printf partial; echo 'no such page' >&2; exit 3"], ReadOnlyMemory<byte>.Empty, TimeSpan.FromMinutes(1));

        Assert.Equal(3, exitCode);
        Assert.Equal("partial"u8.ToArray(), output);
        Assert.Equal("no such page\n", error);
    }

    [Fact]
    public async Task A_program_runs_in_the_working_directory_given_and_finds_relative_paths_there()
    {
        var directory = Directory.CreateTempSubdirectory("docgen-child-process-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "beside.txt"), "found beside");

            var (exitCode, output, error) = await ChildProcess.RunAsync(
                "sh", ["-c", "pwd; cat beside.txt"], ReadOnlyMemory<byte>.Empty, TimeSpan.FromMinutes(1), workingDirectory: directory.FullName);

            Assert.True(exitCode == 0, error);
            Assert.Equal($"{directory.FullName}\nfound beside", Encoding.UTF8.GetString(output));
            Assert.NotEqual(directory.FullName, Environment.CurrentDirectory);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_working_directory_is_reported_as_not_startable() =>
        await Assert.ThrowsAsync<System.ComponentModel.Win32Exception>(() => ChildProcess.RunAsync(
            "pwd", [], ReadOnlyMemory<byte>.Empty, TimeSpan.FromMinutes(1), workingDirectory: Path.Combine(Path.GetTempPath(), $"docgen-missing-{Guid.NewGuid():N}")));

    [Fact]
    public async Task A_missing_program_is_reported_as_not_startable() =>
        await Assert.ThrowsAsync<System.ComponentModel.Win32Exception>(() => ChildProcess.RunAsync(
            "docgen-no-such-program", [], ReadOnlyMemory<byte>.Empty, TimeSpan.FromMinutes(1)));

    [Fact]
    public async Task Lines_go_to_their_handlers_and_the_environment_is_set_and_cleared()
    {
        var lines = new List<string>();
        Environment.SetEnvironmentVariable("DOCGEN_CHILD_PROCESS_INHERITED", "inherited");
        try
        {
            using var child = ChildProcess.Start(
                "sh", ["-c", "echo \"set=$DOCGEN_CHILD_PROCESS_SET\"; echo \"cleared=$DOCGEN_CHILD_PROCESS_INHERITED\" >&2"],
                new Dictionary<string, string?> { ["DOCGEN_CHILD_PROCESS_SET"] = "given", ["DOCGEN_CHILD_PROCESS_INHERITED"] = null },
                line => { lock (lines) lines.Add("out " + line); },
                line => { lock (lines) lines.Add("err " + line); });
            await child.WaitForExitAsync();

            Assert.Equal(0, child.ExitCode);
            await Eventually.TrueAsync(() => { lock (lines) return lines.Count == 2; }, "both lines to arrive");
            Assert.Equal(["err cleared=", "out set=given"], lines.Order(StringComparer.Ordinal));
        }
        finally
        {
            Environment.SetEnvironmentVariable("DOCGEN_CHILD_PROCESS_INHERITED", null);
        }
    }

    public void Dispose()
    {
        // A failed test must not leave its sleeps running for ten minutes.
        foreach (var pid in LiveProcessesMarked(_marker))
        {
            try
            {
                Signals.Send(pid, Signals.Kill);
            }
            catch (InvalidOperationException)
            {
                // Gone meanwhile.
            }
        }
    }

    private static Dictionary<string, string?> Marked(string marker) => new() { [MarkerVariable] = marker };

    /// <summary>Processes (zombies excepted: they have ended) whose environment carries the marker, which every descendant inherits.</summary>
    private static IReadOnlyList<int> LiveProcessesMarked(string marker)
    {
        var needle = Encoding.ASCII.GetBytes($"{MarkerVariable}={marker}\0");
        var found = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var state = stat[(stat.LastIndexOf(')') + 2)..][0];
                if (state != 'Z' && File.ReadAllBytes(Path.Combine(directory, "environ")).AsSpan().IndexOf(needle) >= 0)
                {
                    found.Add(pid);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone meanwhile, or another user's.
            }
        }

        return found;
    }
}
