namespace DocGen.Tests.Shared;

/// <summary>Waits for a state reached asynchronously (a worker starting, a job being taken, a process ending).</summary>
internal static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        using var limit = new CancellationTokenSource(Limit);
        while (!condition())
        {
            if (limit.IsCancellationRequested)
            {
                Assert.Fail($"Gave up waiting for: {what}");
            }

            await Task.Delay(20);
        }
    }
}
