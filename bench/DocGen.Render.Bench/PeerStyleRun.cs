using System.Diagnostics;
using System.Text.Json;
using DocGen.Templates.Engine;

namespace DocGen.Render.Bench;

/// <summary>
/// The shared form timed exactly as the peers' scripts time themselves (warm-up, sequential latency runs,
/// a throughput run, JSON on stdout), so one script can put DocGen, Carbone and docxtemplater in one table.
/// BenchmarkDotNet gives the careful figures; this gives the like-for-like ones.
/// </summary>
internal static class PeerStyleRun
{
    public static int Run(int warmup, int latencyRuns, int throughputRuns, string? outputPath)
    {
        var compileStart = Stopwatch.GetTimestamp();
        var compilation = DocxTemplate.Compile(File.ReadAllBytes(Repository.SharedForm("template.docx")));
        var compileMs = Stopwatch.GetElapsedTime(compileStart).TotalMilliseconds;
        var template = compilation.Template ?? throw new InvalidOperationException(string.Join("\n", compilation.Diagnostics));
        using var data = JsonDocument.Parse(File.ReadAllBytes(Repository.SharedForm("data.json")));

        var first = template.Render(data.RootElement).Document!;
        if (outputPath is not null) File.WriteAllBytes(outputPath, first);
        for (var i = 0; i < warmup; i++) template.Render(data.RootElement);

        var latencies = new double[latencyRuns];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < latencyRuns; i++)
        {
            var start = Stopwatch.GetTimestamp();
            template.Render(data.RootElement);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        var allocatedPerRender = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / Math.Max(1, latencyRuns);

        var gen0 = GC.CollectionCount(0);
        var throughputStart = Stopwatch.GetTimestamp();
        long bytes = 0;
        for (var i = 0; i < throughputRuns; i++) bytes += template.Render(data.RootElement).Document!.Length;
        var throughputSeconds = Stopwatch.GetElapsedTime(throughputStart).TotalSeconds;

        Array.Sort(latencies);
        var result = new
        {
            tool = "docgen",
            versions = new { dotnet = Environment.Version.ToString() },
            output_bytes = first.Length,
            compile_ms = Math.Round(compileMs, 2),
            warm_latency = new
            {
                n = latencyRuns,
                median_ms = Percentile(latencies, 0.50),
                p95_ms = Percentile(latencies, 0.95),
                p99_ms = Percentile(latencies, 0.99),
                min_ms = Math.Round(latencies[0], 3),
                max_ms = Math.Round(latencies[^1], 3),
            },
            allocated_bytes_per_render = allocatedPerRender,
            throughput = new
            {
                renders = throughputRuns,
                total_s = Math.Round(throughputSeconds, 3),
                docs_per_s = Math.Round(throughputRuns / throughputSeconds, 1),
                gen0_collections = GC.CollectionCount(0) - gen0,
            },
            avg_output_bytes = bytes / Math.Max(1, throughputRuns),
            server_gc = System.Runtime.GCSettings.IsServerGC,
        };
        Console.WriteLine(JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        return 0;
    }

    private static double Percentile(double[] sorted, double p) =>
        Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)], 3);
}
