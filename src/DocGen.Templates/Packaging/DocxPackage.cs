using System.IO.Compression;

namespace DocGen.Templates.Packaging;

/// <summary>
/// The parts of a DOCX held in memory, in their original order. Reading is bounded so that a hostile
/// upload (a zip bomb, thousands of parts) fails with a clear message instead of exhausting memory.
/// </summary>
internal sealed class DocxPackage
{
    public const int MaxParts = 1000;
    public const long MaxUncompressedBytes = 200L * 1024 * 1024;

    private DocxPackage(List<KeyValuePair<string, byte[]>> parts) => Parts = parts;

    public List<KeyValuePair<string, byte[]>> Parts { get; }

    public byte[]? Find(string name)
    {
        foreach (var part in Parts)
        {
            if (string.Equals(part.Key, name, StringComparison.OrdinalIgnoreCase)) return part.Value;
        }
        return null;
    }

    /// <summary>Reads a package; returns an explanation instead of throwing when the bytes are not a usable DOCX.</summary>
    public static DocxPackage? TryRead(byte[] bytes, out string? problem)
    {
        problem = null;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxParts)
            {
                problem = $"the package has {zip.Entries.Count} parts; at most {MaxParts} are accepted";
                return null;
            }
            var parts = new List<KeyValuePair<string, byte[]>>(zip.Entries.Count);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith('/')) continue;
                total += entry.Length;
                if (entry.Length > MaxUncompressedBytes || total > MaxUncompressedBytes)
                {
                    problem = $"the package unpacks to more than {MaxUncompressedBytes / (1024 * 1024)} MB";
                    return null;
                }
                using var stream = entry.Open();
                var buffer = new MemoryStream((int)Math.Min(entry.Length, int.MaxValue));
                CopyBounded(stream, buffer, entry.Length);
                parts.Add(new(entry.FullName, buffer.ToArray()));
            }
            if (!parts.Any(p => p.Key == "word/document.xml"))
            {
                problem = "the package has no word/document.xml: it is not a Word document";
                return null;
            }
            return new DocxPackage(parts);
        }
        catch (InvalidDataException e)
        {
            problem = $"the file is not a readable DOCX (zip): {e.Message}";
            return null;
        }
    }

    // The declared length of an entry can lie; never read more than it promised.
    private static void CopyBounded(Stream source, Stream target, long declared)
    {
        var buffer = new byte[81920];
        long copied = 0;
        int read;
        while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
        {
            copied += read;
            if (copied > declared) throw new InvalidDataException("an entry is larger than its header says");
            target.Write(buffer, 0, read);
        }
    }
}
