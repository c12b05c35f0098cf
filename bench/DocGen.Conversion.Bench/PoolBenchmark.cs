using System.Diagnostics;

namespace DocGen.Conversion.Bench;

/// <summary>
/// Latency: one request at a time, back to back (closed loop, like the peers' benchmarks), after warm-up; then the
/// same with 100 ms between requests.
/// Throughput: 2 × workers requests in flight until <c>--throughput</c> documents are done, so no worker ever waits.
/// </summary>
internal static class PoolBenchmark
{
    public static async Task<object> RunAsync(byte[] docx, int workers, BenchArguments arguments)
    {
        var startedAt = Stopwatch.GetTimestamp();
        await using var pool = LibreOfficePool.Start(new LibreOfficePoolOptions
        {
            Workers = workers,
            QueueCapacity = workers * 4,
            // Recycling is part of steady state, but would put restarts in a 60-document sample unevenly.
            MaxJobsPerWorker = 1000,
        });
        await pool.WaitUntilReadyAsync();
        while (pool.Status.WorkersUp < workers)
        {
            await Task.Delay(20);
        }

        var readyMs = Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds;
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
        // each document after answering, so here the ~20 ms close is off the request's path; back-to-back it is not.
        var isolated = new List<double>(arguments.Latency);
        for (var i = 0; i < arguments.Latency; i++)
        {
            await Task.Delay(100);
            var t0 = Stopwatch.GetTimestamp();
            await pool.ConvertAsync(docx, null, CancellationToken.None);
            isolated.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }

        var remaining = arguments.Throughput;
        var throughputStart = Stopwatch.GetTimestamp();
        var clients = Enumerable.Range(0, workers * 2).Select(async _ =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                await pool.ConvertAsync(docx, null, CancellationToken.None);
            }
        });
        await Task.WhenAll(clients);
        var throughputSeconds = Stopwatch.GetElapsedTime(throughputStart).TotalSeconds;

        var status = pool.Status;
        return new
        {
            workers,
            start_to_ready_ms = Math.Round(readyMs),
            first_conversion_ms = Math.Round(firstMs, 1),
            pdf_bytes = firstResult.Pdf.Length,
            font_substitutions = firstResult.FontSubstitutions.Select(s => $"{s.Requested} -> {s.Substitute}{(s.Mapped ? "" : " (unmapped fallback)")}").ToArray(),
            warm_latency = LatencyStats.Of(latencies),
            isolated_latency = LatencyStats.Of(isolated),
            throughput = new
            {
                documents = arguments.Throughput,
                in_flight = workers * 2,
                total_s = Math.Round(throughputSeconds, 3),
                docs_per_s = Math.Round(arguments.Throughput / throughputSeconds, 2),
            },
            worker_memory_mb = status.WorkerDetails.Select(w => w.MemoryMb).ToArray(),
            restarts = status.Restarts,
        };
    }
}
