namespace DocGen.Conversion.Tests;

/// <summary>
/// What happens to a job once a worker has it: a caller that gives up, a worker that grows past its memory limit, and
/// the wait a full queue announces. A frozen (SIGSTOP) soffice.bin holds the job as long as the test needs.
/// </summary>
public sealed class RunningJobTests
{
    [Fact]
    public async Task A_caller_that_gives_up_during_the_conversion_frees_the_worker_within_seconds()
    {
        await using var pool = await TestPools.StartAsync(workers: 1);
        var office = Assert.Single(pool.OfficeProcessIds);
        Signals.Send(office, Signals.Stop);
        using var gaveUp = new CancellationTokenSource();
        var running = pool.ConvertAsync(TestDocuments.FilledForm(), null, gaveUp.Token);
        await Eventually.TrueAsync(() => pool.Status.Busy == 1, "the job to be taken");

        var cancelledAt = DateTime.UtcNow;
        await gaveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        await Eventually.TrueAsync(() => !Signals.IsAlive(office) && pool.Status.Busy == 0, "the worker converting for nobody to be killed");
        Assert.True(DateTime.UtcNow - cancelledAt < TimeSpan.FromSeconds(10), $"took {DateTime.UtcNow - cancelledAt}");
        Assert.NotEmpty((await pool.ConvertAsync(TestDocuments.FilledForm(), null, CancellationToken.None)).Pdf);
        Assert.Equal(1, pool.Status.Restarts);
        Assert.Equal(0, pool.Status.JobsFailed);
    }

    [Fact]
    public async Task A_worker_past_its_memory_limit_during_a_job_is_stopped_and_replaced()
    {
        // Every warm soffice.bin is far above 16 MiB, so the first reading during the job is a breach.
        await using var pool = await TestPools.StartAsync(new LibreOfficePoolOptions { Workers = 1, MaxWorkerMemoryMb = 16, JobTimeout = TimeSpan.FromSeconds(120) });
        var office = Assert.Single(pool.OfficeProcessIds);
        Signals.Send(office, Signals.Stop);

        var breach = await Assert.ThrowsAsync<PdfWorkerMemoryExceededException>(
            () => pool.ConvertAsync(TestDocuments.FilledForm(), null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.Equal(16, breach.LimitMb);
        Assert.True(breach.MemoryMb > 16);
        Assert.True(breach.RetryAfter >= TimeSpan.FromSeconds(1));
        await Eventually.TrueAsync(() => !Signals.IsAlive(office), "the worker to be killed");
        await Eventually.TrueAsync(() => pool.Status.Restarts == 1 && pool.Status.WorkersUp == 1, "the worker to be replaced");
        Assert.Equal(0, pool.Status.JobsDone);
    }

    [Fact]
    public async Task The_retry_hint_counts_the_queued_jobs_and_how_long_the_running_one_has_run()
    {
        await using var pool = await TestPools.StartAsync(workers: 1, queueCapacity: 2);
        var office = Assert.Single(pool.OfficeProcessIds);
        Signals.Send(office, Signals.Stop);
        try
        {
            var running = pool.ConvertAsync(TestDocuments.FilledForm(), null, CancellationToken.None);
            await Eventually.TrueAsync(() => pool.Status.Busy == 1, "the job to be taken");
            await Task.Delay(TimeSpan.FromSeconds(4));
            var alone = pool.Status.EstimatedWait;

            var queued = new[]
            {
                pool.ConvertAsync(TestDocuments.FilledForm(), null, CancellationToken.None),
                pool.ConvertAsync(TestDocuments.FilledForm(), null, CancellationToken.None),
            };
            var behindTwo = pool.Status.EstimatedWait;
            var full = await Assert.ThrowsAsync<PdfQueueFullException>(
                () => pool.ConvertAsync(TestDocuments.FilledForm(), null, CancellationToken.None));

            // No conversion has finished, so the mean is the default second; the frozen job has run at least 4 s.
            Assert.True(alone >= TimeSpan.FromSeconds(4), $"alone {alone}");
            Assert.True(behindTwo - alone >= TimeSpan.FromSeconds(2), $"alone {alone}, behind two {behindTwo}");
            Assert.True(full.RetryAfter >= behindTwo, $"retry after {full.RetryAfter}, behind two {behindTwo}");

            Signals.Send(office, Signals.Continue);
            Assert.NotEmpty((await running).Pdf);
            Assert.All(await Task.WhenAll(queued), r => Assert.NotEmpty(r.Pdf));
        }
        finally
        {
            Signals.Send(office, Signals.Continue);
        }
    }
}
