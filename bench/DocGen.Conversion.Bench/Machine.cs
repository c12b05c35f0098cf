namespace DocGen.Conversion.Bench;

/// <summary>The conditions a figure was measured under: the machines are shared and noisy.</summary>
internal static class Machine
{
    public static object Describe() => new
    {
        cores = Environment.ProcessorCount,
        load_average = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown",
        runtime = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
        utc = DateTime.UtcNow.ToString("u", System.Globalization.CultureInfo.InvariantCulture),
    };
}
