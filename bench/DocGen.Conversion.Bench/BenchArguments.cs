using System.Globalization;

namespace DocGen.Conversion.Bench;

internal sealed record BenchArguments(string Docx, int[] Workers, int Warmup, int Latency, int Throughput, int Bursts, int Cold, string? Out)
{
    public static BenchArguments Parse(string[] args)
    {
        string? Value(string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }

        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

        var docx = Value("--docx") ?? throw new ArgumentException("--docx FILE is required");
        var workers = (Value("--workers") ?? "1,2").Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToArray();
        return new BenchArguments(docx, workers, Number("--warmup", 5), Number("--latency", 50), Number("--throughput", 120),
            Number("--bursts", 3), Number("--cold", 5), Value("--out"));
    }
}
