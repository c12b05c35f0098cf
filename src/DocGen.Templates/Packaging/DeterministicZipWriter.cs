using System.IO.Compression;

namespace DocGen.Templates.Packaging;

/// <summary>
/// Writes a DOCX whose bytes depend only on its parts: fixed timestamps and the given part order, so the same
/// input always gives the same document (golden files, caching, traceability by hash).
/// </summary>
internal static class DeterministicZipWriter
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(Stream output, IEnumerable<KeyValuePair<string, byte[]>> parts)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, bytes) in parts)
        {
            var level = IsAlreadyCompressed(name) ? CompressionLevel.NoCompression : CompressionLevel.Fastest;
            var entry = zip.CreateEntry(name, level);
            entry.LastWriteTime = FixedTime;
            using var stream = entry.Open();
            stream.Write(bytes);
        }
    }

    private static bool IsAlreadyCompressed(string name) =>
        name.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".gif", StringComparison.OrdinalIgnoreCase);
}
