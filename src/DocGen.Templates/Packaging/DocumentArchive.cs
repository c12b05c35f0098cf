using System.IO.Compression;

namespace DocGen.Templates.Packaging;

/// <summary>
/// A ZIP of uploaded documents (filled forms sent in for a summary), opened in memory and unpacked one entry at a
/// time under limits: a hostile archive (too many entries, a bomb, headers that lie) is refused whole or per entry,
/// never unpacked past its limits, and nothing is written to disk.
/// </summary>
internal static class DocumentArchive
{
    public const int MaxEntries = 500;

    /// <summary>One document as packed: a Word file is compressed already, so this is its size too.</summary>
    public const long MaxEntryBytes = 32L * 1024 * 1024;

    public const long MaxTotalBytes = 256L * 1024 * 1024;

    /// <summary>Every file entry in archive order (folders and macOS resource forks left out) with its bytes, or why they were not unpacked.</summary>
    /// <exception cref="InvalidDataException">Not a ZIP, too many entries, or more than <see cref="MaxTotalBytes"/> declared in all.</exception>
    public static IEnumerable<(string Name, byte[]? Bytes, string? Problem)> Read(byte[] zip)
    {
        var archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
        var entries = archive.Entries.Where(e => !e.FullName.EndsWith('/') && !e.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal)).ToList();
        if (entries.Count > MaxEntries)
            throw new InvalidDataException($"the archive has {entries.Count} files; at most {MaxEntries} are accepted");
        if (entries.Sum(e => e.Length) is var declared && declared > MaxTotalBytes)
            throw new InvalidDataException($"the archive unpacks to {declared / (1024 * 1024)} MB; at most {MaxTotalBytes / (1024 * 1024)} MB are accepted");
        return Unpack(archive, entries);
    }

    private static IEnumerable<(string Name, byte[]? Bytes, string? Problem)> Unpack(ZipArchive archive, List<ZipArchiveEntry> entries)
    {
        using (archive)
        {
            foreach (var entry in entries)
            {
                if (entry.Length > MaxEntryBytes)
                {
                    yield return (entry.FullName, null, $"unpacks to more than {MaxEntryBytes / (1024 * 1024)} MB");
                    continue;
                }
                byte[]? bytes = null;
                string? problem = null;
                try
                {
                    using var stream = entry.Open();
                    bytes = BoundedCopy.Read(stream, entry.Length);
                }
                catch (InvalidDataException e)
                {
                    problem = $"cannot be unpacked: {e.Message}";
                }
                yield return (entry.FullName, bytes, problem);
            }
        }
    }
}
