namespace DocGen.Conversion.Tests;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Disposing_the_pool_leaves_no_LibreOffice_process_profile_or_pipe_behind()
    {
        var pool = await TestPools.StartAsync(workers: 2);
        await Eventually.TrueAsync(() => pool.Status.WorkersUp == 2, "both workers");
        await pool.ConvertAsync(TestDocuments.FilledForm(), null, CancellationToken.None);
        var workDirectory = pool.WorkDirectory;
        var offices = pool.OfficeProcessIds;
        var pipes = pool.OfficeIpcSockets;
        Assert.Equal(2, offices.Count);
        Assert.Contains(pipes, p => p.Contains($"docgen-{Environment.ProcessId}-", StringComparison.Ordinal));
        Assert.Contains(pipes, p => p.Contains("SingleOfficeIPC", StringComparison.Ordinal));

        await pool.DisposeAsync();

        Assert.All(offices, pid => Assert.False(Signals.IsAlive(pid), $"soffice.bin {pid} is still running"));
        Assert.Empty(ProcessesMentioning(workDirectory));
        Assert.False(Directory.Exists(workDirectory));
        Assert.All(pipes, pipe => Assert.False(File.Exists(pipe), $"{pipe} was left behind"));
        Assert.False(pool.Status.Ready);
    }

    [Fact]
    public async Task Disposing_after_a_crash_removes_the_killed_office_s_pipes()
    {
        var pool = await TestPools.StartAsync(workers: 1);
        var killedPipes = pool.OfficeIpcSockets;
        Assert.NotEmpty(killedPipes);
        Signals.Send(Assert.Single(pool.OfficeProcessIds), Signals.Kill);
        await Eventually.TrueAsync(() => pool.Status.Restarts == 1 && pool.Status.Ready, "a replacement worker");

        await pool.DisposeAsync();

        Assert.All(killedPipes, pipe => Assert.False(File.Exists(pipe), $"{pipe} was left behind"));
        Assert.Empty(ProcessesMentioning(pool.WorkDirectory));
    }

    /// <summary>Live processes whose command line names the pool's work directory (its soffice.bin profiles).</summary>
    private static IReadOnlyList<int> ProcessesMentioning(string workDirectory)
    {
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || !Signals.IsAlive(pid))
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(dir, "cmdline")).Contains(workDirectory, StringComparison.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked.
            }
        }

        return found;
    }
}
