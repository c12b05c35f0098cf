using DocGen.Conversion.Pool;
using DocGen.Conversion.Tests.Linking;
using DocGen.Tests.Shared;

namespace DocGen.Conversion.Tests;

/// <summary>
/// Documents that still point outside themselves, handed to the pool directly (the service strips such references
/// before converting; this is what LibreOffice itself does with them): a worker neither reaches the network nor reads
/// the server's files.
/// </summary>
public sealed class WorkerIsolationTests : IClassFixture<PoolFixture>
{
    private static readonly PdfConversionOptions Bounded = new() { Timeout = TimeSpan.FromSeconds(30) };

    private readonly LibreOfficePool _pool;

    public WorkerIsolationTests(PoolFixture fixture) => _pool = fixture.Pool;

    [Fact]
    public void The_workers_run_without_network_and_without_the_servers_files()
    {
        Assert.True(_pool.Status.WorkersIsolated, "scripts/install-pdf-deps.sh installs bubblewrap, so the workers must be isolated");
    }

    [Fact]
    public async Task A_program_in_the_sandbox_outlives_the_thread_that_started_it()
    {
        // The pool starts offices from thread-pool threads, which the runtime retires when idle; a sandbox tied to the
        // life of its starting thread (bubblewrap's --die-with-parent) had its office killed in the middle of a job.
        var sandbox = WorkerSandbox.Find("bwrap", [], Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        Assert.NotNull(sandbox);
        var folder = Directory.CreateTempSubdirectory("docgen-thread-").FullName;
        ChildProcess? sleeper = null;
        try
        {
            var starter = new Thread(() =>
            {
                var (program, arguments) = sandbox.Wrap("/usr/bin/sleep", ["60"], folder, folder);
                sleeper = ChildProcess.Start(program, arguments);
            });
            starter.Start();
            starter.Join();

            await Task.Delay(TimeSpan.FromSeconds(1));

            Assert.False(sleeper!.HasExited, "the sandboxed program ended with the thread that started it");
        }
        finally
        {
            sleeper?.Kill();
            sleeper?.Dispose();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_worker_reads_its_font_mapping_from_the_temp_folder_although_its_own_tmp_is_private()
    {
        // A service built or unpacked under /tmp has its fonts.conf there; the sandbox's private /tmp must not hide it.
        var folder = Directory.CreateTempSubdirectory("docgen-fonts-").FullName;
        try
        {
            var fontConfig = Path.Combine(folder, "fonts.conf");
            File.Copy(Path.Combine(AppContext.BaseDirectory, "fonts", "fonts.conf"), fontConfig);
            await using var pool = await TestPools.StartAsync(new LibreOfficePoolOptions { Workers = 1, FontConfigFile = fontConfig });

            var result = await pool.ConvertAsync(TestDocuments.FilledForm(), null, CancellationToken.None);

            using var pdf = new Poppler(result.Pdf);
            // Without the mapping fontconfig has no configuration at all, and every Chinese face falls back to one sans face.
            Assert.Contains(pdf.Fonts(), f => f.Name.Contains("NotoSerifCJK", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_worker_fetches_no_linked_picture_or_file_and_embeds_none_of_the_servers_files()
    {
        using var canary = new CanaryListener();
        using var documents = new LinkingDocuments(canary.Url);
        // The pool's own preparation removes every one of these routes; this pool leaves them in to try the sandbox alone.
        await using var unstripped = await TestPools.StartAsync(new LibreOfficePoolOptions { Workers = 1, KeepExternalReferences = true });

        var leaks = new List<string>();
        foreach (var (route, docx) in documents.All())
        {
            var connectionsBefore = canary.Connections;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            byte[] pdf;
            try
            {
                pdf = (await unstripped.ConvertAsync(docx, Bounded, CancellationToken.None)).Pdf;
            }
            catch (PdfConversionFailedException)
            {
                continue; // refusing the document is as good as converting it without what it links to
            }

            using var poppler = new Poppler(pdf);
            if (poppler.Images().Count > 0)
            {
                leaks.Add($"{route}: the PDF holds a picture it could only have read from outside the document");
            }

            if (poppler.Text().Contains(LinkingDocuments.SecretText, StringComparison.Ordinal))
            {
                leaks.Add($"{route}: the PDF holds the text of a file of the server");
            }

            if (canary.Connections > connectionsBefore)
            {
                leaks.Add($"{route}: LibreOffice connected to the canary and held the worker {clock.Elapsed.TotalSeconds:0.0} s");
            }
        }

        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
    }
}
