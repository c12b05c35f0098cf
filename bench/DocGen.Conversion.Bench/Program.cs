using System.Diagnostics;
using System.Text.Json;
using DocGen.Conversion;
using DocGen.Conversion.Bench;

// usage: DocGen.Conversion.Bench --docx FILE [--workers 1,2] [--warmup 5] [--latency 50] [--throughput 120]
//                                [--bursts 3] [--cold 5] [--out results.json]
// Prints one JSON document: per worker count the sequential latency (p50/p95) and the throughput with the queue kept
// full, plus a cold `soffice --convert-to pdf` per file. bench/run.sh adds Carbone's figures from the same run.
// Every pool is started first and stays up (an idle LibreOffice costs no CPU), so the throughput bursts can alternate.
var arguments = BenchArguments.Parse(args);
var docx = await File.ReadAllBytesAsync(arguments.Docx);
var results = new Dictionary<string, object>
{
    ["document"] = new { path = arguments.Docx, bytes = docx.Length },
    ["machine"] = Machine.Describe(),
};

var pools = new List<LibreOfficePool>();
try
{
    foreach (var workers in arguments.Workers)
    {
        Console.Error.WriteLine($"pool, {workers} worker(s): latency...");
        var startedAt = Stopwatch.GetTimestamp();
        var pool = await PoolBenchmark.StartAsync(workers);
        pools.Add(pool);
        results[$"pool_{workers}"] = await PoolBenchmark.LatencyAsync(
            pool, Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds, docx, arguments);
    }

    if (arguments.Throughput > 0)
    {
        Console.Error.WriteLine($"throughput, {arguments.Bursts} alternating bursts per pool...");
        foreach (var (workers, throughput) in await ThroughputBenchmark.RunAsync(pools, docx, arguments.Throughput, arguments.Bursts))
        {
            ((Dictionary<string, object>)results[$"pool_{workers}"])["throughput"] = throughput;
        }
    }
}
finally
{
    foreach (var pool in pools)
    {
        await pool.DisposeAsync();
    }
}

if (arguments.Cold > 0)
{
    Console.Error.WriteLine("cold soffice --convert-to pdf...");
    results["cold_soffice"] = await ColdSofficeBenchmark.RunAsync(arguments.Docx, arguments.Cold);
}

var json = JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true });
if (arguments.Out is not null)
{
    await File.WriteAllTextAsync(arguments.Out, json);
}

Console.WriteLine(json);
