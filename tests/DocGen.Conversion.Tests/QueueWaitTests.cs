using DocGen.Conversion.Pool;

namespace DocGen.Conversion.Tests;

public sealed class QueueWaitTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public void An_idle_pool_has_no_wait()
    {
        Assert.Equal(TimeSpan.Zero, QueueWait.Estimate([], 0, Second, workers: 2));
    }

    [Fact]
    public void Each_queued_job_adds_a_mean_conversion_shared_among_the_workers()
    {
        var running = new[] { (TimeSpan.Zero, Timeout), (TimeSpan.Zero, Timeout) };

        Assert.Equal(Second, QueueWait.Estimate(running, 0, Second, workers: 2));
        Assert.Equal(2 * Second, QueueWait.Estimate(running, 2, Second, workers: 2));
        Assert.Equal(5 * Second, QueueWait.Estimate(running, 8, Second, workers: 2));
    }

    [Fact]
    public void A_job_running_longer_than_usual_is_expected_to_run_as_long_again_but_not_past_its_timeout()
    {
        Assert.Equal(20 * Second, QueueWait.Estimate([(20 * Second, Timeout)], 0, Second, workers: 1));
        Assert.Equal(22 * Second, QueueWait.Estimate([(20 * Second, Timeout)], 2, Second, workers: 1));
        Assert.Equal(10 * Second, QueueWait.Estimate([(50 * Second, Timeout)], 0, Second, workers: 1));
    }
}
