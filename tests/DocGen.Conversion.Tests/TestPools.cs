namespace DocGen.Conversion.Tests;

internal static class TestPools
{
    /// <summary>A pool on the project's fonts.conf (copied next to the test binaries by the library's build).</summary>
    public static Task<LibreOfficePool> StartAsync(int workers = 1, int queueCapacity = 4, int maxJobsPerWorker = 200, TimeSpan? jobTimeout = null) =>
        StartAsync(new LibreOfficePoolOptions
        {
            Workers = workers,
            QueueCapacity = queueCapacity,
            MaxJobsPerWorker = maxJobsPerWorker,
            JobTimeout = jobTimeout ?? TimeSpan.FromSeconds(120),
        });

    public static async Task<LibreOfficePool> StartAsync(LibreOfficePoolOptions options)
    {
        var pool = LibreOfficePool.Start(options);
        await pool.WaitUntilReadyAsync().WaitAsync(TimeSpan.FromSeconds(120));
        return pool;
    }
}
