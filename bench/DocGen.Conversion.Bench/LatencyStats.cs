namespace DocGen.Conversion.Bench;

/// <summary>Same quantiles as the peers' lib/stats.js (nearest rank), so the figures compare directly.</summary>
internal sealed record LatencyStats(int N, double MedianMs, double MeanMs, double MinMs, double P95Ms, double MaxMs)
{
    public static LatencyStats Of(IReadOnlyCollection<double> samples)
    {
        var sorted = samples.Order().ToArray();
        double Quantile(double p) => sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1))];
        return new LatencyStats(sorted.Length, Round(Quantile(0.5)), Round(sorted.Average()), Round(sorted[0]), Round(Quantile(0.95)), Round(sorted[^1]));
    }

    private static double Round(double value) => Math.Round(value, 1);
}
