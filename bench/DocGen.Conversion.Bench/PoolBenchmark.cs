using System.Diagnostics;

namespace DocGen.Conversion.Bench;

/// <summary>
/// Latency: one request at a time, back to back (closed loop, like the peers' benchmarks), after warm-up; then the
/// same with 100 ms between requests. Throughput is measured by <see cref="ThroughputBenchmark"/> once every pool is up.
/// </summary>
internal static class PoolBenchmark
{
    public static async Task<LibreOfficePool> StartAsync(int workers)
    {
        var pool = LibreOfficePool.Start(new LibreOfficePoolOptions
        {
            Workers = workers,
            QueueCapacity = workers * 4,
            // Recycling is part of steady state, but would put restarts in a short sample unevenly.
            MaxJobsPerWorker = 1000,
        });
        await pool.WaitUntilReadyAsync();
        while (pool.Status.WorkersUp < workers)
        {
            await Task.Delay(20);
        }

        return pool;
    }

    public static async Task<Dictionary<string, object>> LatencyAsync(LibreOfficePool pool, double startToReadyMs, byte[] docx, BenchArguments arguments)
    {
        var first = Stopwatch.GetTimestamp();
        var firstResult = await pool.ConvertAsync(docx, null, CancellationToken.None);
        var firstMs = Stopwatch.GetElapsedTime(first).TotalMilliseconds;

        for (var i = 0; i < arguments.Warmup; i++)
        {
            await pool.ConvertAsync(docx, null, CancellationToken.None);
        }

        var latencies = new List<double>(arguments.Latency);
        for (var i = 0; i < arguments.Latency; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            await pool.ConvertAsync(docx, null, CancellationToken.None);
            latencies.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }

        // Isolated requests (100 ms apart): what a caller sees when the service is not saturated. The worker closes
        // each document after answering, so here the close is off the request's path; back-to-back it is not.
        var isolated = new List<double>(arguments.Latency);
        for (var i = 0; i < arguments.Latency; i++)
        {
            await Task.Delay(100);
            var t0 = Stopwatch.GetTimestamp();
            await pool.ConvertAsync(docx, null, CancellationToken.None);
            isolated.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }

        return new Dictionary<string, object>
        {
            ["workers"] = pool.Status.Workers,
            ["start_to_ready_ms"] = Math.Round(startToReadyMs),
            ["first_conversion_ms"] = Math.Round(firstMs, 1),
            ["pdf_bytes"] = firstResult.Pdf.Length,
            ["font_substitutions"] = firstResult.FontSubstitutions.Select(s => $"{s.Requested} -> {s.Substitute}{(s.Mapped ? "" : " (unmapped fallback)")}").ToArray(),
            ["warm_latency"] = LatencyStats.Of(latencies),
            ["isolated_latency"] = LatencyStats.Of(isolated),
        };
    }
}
