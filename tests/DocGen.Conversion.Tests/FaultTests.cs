namespace DocGen.Conversion.Tests;

/// <summary>
/// Each test owns a one-worker pool and freezes (SIGSTOP) or kills (SIGKILL) its soffice.bin, so the job in
/// progress is held for as long as the test needs, whatever the speed of the machine.
/// </summary>
public sealed class FaultTests
{
    [Fact]
    public async Task A_full_queue_is_refused_at_once_with_a_retry_hint_and_a_cancelled_caller_frees_its_place()
    {
        await using var pool = await TestPools.StartAsync(workers: 1, queueCapacity: 1);
        var office = Assert.Single(pool.OfficeProcessIds);
        Signals.Send(office, Signals.Stop);
        try
        {
            var running = pool.ConvertAsync(TestDocuments.FilledForm(), null, CancellationToken.None);
            await Eventually.TrueAsync(() => pool.Status.Busy == 1, "the first job to be taken");
            using var gaveUp = new CancellationTokenSource();
            var waiting = pool.ConvertAsync(TestDocuments.FilledForm(), null, gaveUp.Token);
            Assert.Equal(1, pool.Status.QueueLength);

            var full = await Assert.ThrowsAsync<PdfQueueFullException>(
                () => pool.ConvertAsync(TestDocuments.FilledForm(), null, CancellationToken.None));
            Assert.Equal(1, full.QueueCapacity);
            Assert.True(full.RetryAfter >= TimeSpan.FromSeconds(1));

            await gaveUp.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
            Assert.Equal(0, pool.Status.QueueLength);
            var replacement = pool.ConvertAsync(TestDocuments.FilledForm(), null, CancellationToken.None);
            Assert.Equal(1, pool.Status.QueueLength);

            Signals.Send(office, Signals.Continue);
            Assert.NotEmpty((await running).Pdf);
            Assert.NotEmpty((await replacement).Pdf);
            Assert.Equal(0, pool.Status.Restarts);
        }
        finally
        {
            Signals.Send(office, Signals.Continue);
        }
    }

    [Fact]
    public async Task A_job_past_its_timeout_kills_and_replaces_the_worker()
    {
        await using var pool = await TestPools.StartAsync(workers: 1);
        var office = Assert.Single(pool.OfficeProcessIds);
        Signals.Send(office, Signals.Stop);

        var timedOut = await Assert.ThrowsAsync<PdfConversionTimeoutException>(() => pool.ConvertAsync(
            TestDocuments.FilledForm(), new PdfConversionOptions { Timeout = TimeSpan.FromSeconds(2) }, CancellationToken.None));

        Assert.Equal(TimeSpan.FromSeconds(2), timedOut.Timeout);
        await Eventually.TrueAsync(() => !Signals.IsAlive(office), "the frozen soffice.bin to be killed");
        var next = await pool.ConvertAsync(TestDocuments.FilledForm(), null, CancellationToken.None);
        Assert.NotEmpty(next.Pdf);
        Assert.Equal(1, pool.Status.Restarts);
        Assert.DoesNotContain(office, pool.OfficeProcessIds);
    }

    [Fact]
    public async Task A_worker_killed_during_a_job_fails_that_job_and_the_next_ones_succeed()
    {
        await using var pool = await TestPools.StartAsync(workers: 1);
        var office = Assert.Single(pool.OfficeProcessIds);
        Signals.Send(office, Signals.Stop);
        var held = pool.ConvertAsync(TestDocuments.FilledForm(), null, CancellationToken.None);
        var queued = pool.ConvertAsync(TestDocuments.FilledForm(), null, CancellationToken.None);
        await Eventually.TrueAsync(() => pool.Status.Busy == 1, "the job to be taken");

        Signals.Send(office, Signals.Kill);

        var crash = await Assert.ThrowsAsync<PdfConversionFailedException>(() => held);
        Assert.True(crash.WorkerCrashed);
        Assert.NotEmpty((await queued).Pdf);
        Assert.NotEmpty((await pool.ConvertAsync(TestDocuments.FilledForm(), null, CancellationToken.None)).Pdf);
        Assert.Equal(1, pool.Status.Restarts);
        Assert.Equal(1, pool.Status.JobsFailed);
    }

    [Fact]
    public async Task A_worker_killed_while_idle_is_replaced_before_the_next_job()
    {
        await using var pool = await TestPools.StartAsync(workers: 1);
        var office = Assert.Single(pool.OfficeProcessIds);

        Signals.Send(office, Signals.Kill);

        await Eventually.TrueAsync(() => pool.Status.Restarts == 1 && pool.Status.Ready, "a replacement worker");
        var result = await pool.ConvertAsync(TestDocuments.FilledForm(), null, CancellationToken.None);
        Assert.NotEmpty(result.Pdf);
        Assert.Equal(0, pool.Status.JobsFailed);
    }

    [Fact]
    public async Task Workers_are_recycled_after_their_job_limit()
    {
        await using var pool = await TestPools.StartAsync(workers: 1, maxJobsPerWorker: 2);
        var first = Assert.Single(pool.OfficeProcessIds);

        for (var i = 0; i < 3; i++)
        {
            Assert.NotEmpty((await pool.ConvertAsync(TestDocuments.FilledForm(), null, CancellationToken.None)).Pdf);
        }

        Assert.Equal(1, pool.Status.Restarts);
        Assert.DoesNotContain(first, pool.OfficeProcessIds);
        Assert.False(Signals.IsAlive(first));
    }

    [Fact]
    public async Task A_pool_that_cannot_start_LibreOffice_is_not_ready()
    {
        await using var pool = LibreOfficePool.Start(new LibreOfficePoolOptions { Workers = 1, SofficePath = "/nonexistent/soffice.bin" });

        await Eventually.TrueAsync(() => pool.Status.WorkerDetails[0].State == "failed", "the start to fail");
        Assert.False(pool.Status.Ready);
        Assert.Equal(0, pool.Status.WorkersUp);
    }
}
