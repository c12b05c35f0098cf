using System.Diagnostics;

namespace DocGen.Conversion.Bench;

/// <summary>
/// Documents per second with 2 × workers requests in flight, so no worker ever waits. The pools take turns in short
/// bursts (1 worker, 2 workers, 1 worker, …) instead of one long run each: on a shared machine the load of other
/// tenants drifts over minutes, and a drift between two long runs would show up as a difference between the pools.
/// </summary>
internal static class ThroughputBenchmark
{
    public static async Task<Dictionary<int, object>> RunAsync(IReadOnlyList<LibreOfficePool> pools, byte[] docx, int documents, int bursts)
    {
        var perBurst = Math.Max(1, documents / bursts);
        var seconds = new double[pools.Count];
        for (var burst = 0; burst < bursts; burst++)
        {
            for (var i = 0; i < pools.Count; i++)
            {
                seconds[i] += await BurstAsync(pools[i], docx, perBurst);
            }
        }

        return Enumerable.Range(0, pools.Count).ToDictionary(
            i => pools[i].Status.Workers,
            i => (object)new
            {
                documents = perBurst * bursts,
                bursts,
                in_flight = pools[i].Status.Workers * 2,
                total_s = Math.Round(seconds[i], 3),
                docs_per_s = Math.Round(perBurst * bursts / seconds[i], 2),
                worker_memory_mb = pools[i].Status.WorkerDetails.Select(w => w.MemoryMb).ToArray(),
                restarts = pools[i].Status.Restarts,
            });
    }

    private static async Task<double> BurstAsync(LibreOfficePool pool, byte[] docx, int documents)
    {
        var remaining = documents;
        var start = Stopwatch.GetTimestamp();
        var clients = Enumerable.Range(0, pool.Status.Workers * 2).Select(async _ =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                await pool.ConvertAsync(docx, null, CancellationToken.None);
            }
        });
        await Task.WhenAll(clients);
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }
}
