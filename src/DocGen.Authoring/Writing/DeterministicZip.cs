using System.IO.Compression;

namespace DocGen.Authoring.Writing;

/// <summary>
/// Re-packs a DOCX so that equal content gives equal bytes: parts in a fixed order, every entry dated
/// 1980-01-01 (the zip epoch), one compression level.
/// </summary>
internal static class DeterministicZip
{
    private static readonly DateTimeOffset ZipEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // [Content_Types].xml first, as Office writes it; readers that sniff the start of a file expect it there.
    private static readonly string[] PartOrder =
    [
        "[Content_Types].xml",
        "_rels/.rels",
        "docProps/core.xml",
        "word/document.xml",
        "word/_rels/document.xml.rels",
        "word/styles.xml",
        "word/settings.xml",
        "word/fontTable.xml",
    ];

    public static byte[] Rewrite(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var entries = input.Entries
            .OrderBy(e => Array.IndexOf(PartOrder, e.FullName) is var rank and >= 0 ? rank : PartOrder.Length)
            .ThenBy(e => e.FullName, StringComparer.Ordinal)
            .ToList();

        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = ZipEpoch;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
