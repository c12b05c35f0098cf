namespace DocGen.Conversion.Tests;

internal static class TestPools
{
    /// <summary>A pool on the project's fonts.conf (copied next to the test binaries by the library's build).</summary>
    public static async Task<LibreOfficePool> StartAsync(int workers = 1, int queueCapacity = 4, int maxJobsPerWorker = 200, TimeSpan? jobTimeout = null)
    {
        var pool = LibreOfficePool.Start(new LibreOfficePoolOptions
        {
            Workers = workers,
            QueueCapacity = queueCapacity,
            MaxJobsPerWorker = maxJobsPerWorker,
            JobTimeout = jobTimeout ?? TimeSpan.FromSeconds(120),
        });
        await pool.WaitUntilReadyAsync().WaitAsync(TimeSpan.FromSeconds(120));
        return pool;
    }
}
