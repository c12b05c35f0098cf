using System.Text.Json;
using DocGen.Conversion.Bench;

// usage: DocGen.Conversion.Bench --docx FILE [--workers 1,2] [--warmup 5] [--latency 50] [--throughput 60]
//                                [--cold 5] [--out results.json]
// Prints one JSON document: per worker count the sequential latency (p50/p95) and the throughput with the queue kept
// full, plus a cold `soffice --convert-to pdf` per file. bench/run.sh adds Carbone's figures from the same run.
var arguments = BenchArguments.Parse(args);
var docx = await File.ReadAllBytesAsync(arguments.Docx);
var results = new Dictionary<string, object>
{
    ["document"] = new { path = arguments.Docx, bytes = docx.Length },
    ["machine"] = Machine.Describe(),
};

foreach (var workers in arguments.Workers)
{
    Console.Error.WriteLine($"pool, {workers} worker(s)...");
    results[$"pool_{workers}"] = await PoolBenchmark.RunAsync(docx, workers, arguments);
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
