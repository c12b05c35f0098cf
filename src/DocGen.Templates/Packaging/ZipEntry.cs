using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace DocGen.Templates.Packaging;

/// <summary>
/// One part of a package, already in the form it has inside the zip: compressed (or stored) bytes, CRC-32 and
/// sizes. Parts that never change are made once per template and written as they are on every render.
/// </summary>
internal sealed class ZipEntry
{
    // Deflate at the fastest level, the general-purpose flag bits that say so (APPNOTE 4.4.4: bits 1 and 2), and
    // Unix regular-file permissions 0644: what ZipArchive wrote for these documents, kept so that the bytes of
    // every document stay what they were.
    public const ushort DeflateMethod = 8;
    public const ushort StoreMethod = 0;
    public const ushort FastestDeflateFlags = 0x0006;
    public const ushort Utf8NameFlag = 0x0800;
    private const int GzipHeaderSize = 10;
    private const int GzipTrailerSize = 8;

    private ZipEntry(string name, ushort method, uint crc, ReadOnlyMemory<byte> data, long uncompressedLength)
    {
        Name = name;
        NameBytes = Encoding.UTF8.GetBytes(name);
        Method = method;
        var flags = method == DeflateMethod ? FastestDeflateFlags : (ushort)0;
        if (NameBytes.Length != name.Length) flags |= Utf8NameFlag;
        Flags = flags;
        Crc = crc;
        Data = data;
        UncompressedLength = uncompressedLength;
    }

    public string Name { get; }

    public byte[] NameBytes { get; }

    public ushort Method { get; }

    public ushort Flags { get; }

    public uint Crc { get; }

    /// <summary>The bytes as they stand in the zip (compressed when <see cref="Method"/> is deflate).</summary>
    public ReadOnlyMemory<byte> Data { get; }

    public long UncompressedLength { get; }

    /// <summary>
    /// Makes the entry of a part. Pictures are stored as they are and keep referring to <paramref name="content"/>;
    /// everything else is compressed into <paramref name="storage"/> when one is given (pooled, valid until the caller
    /// disposes it), otherwise into an array of its own (for parts kept with the template).
    /// </summary>
    public static ZipEntry Create(string name, ReadOnlyMemory<byte> content, PooledBuffer? storage = null)
    {
        if (IsAlreadyCompressed(name) || content.IsEmpty) return new ZipEntry(name, StoreMethod, Crc32.HashToUInt32(content.Span), content, content.Length);
        var target = storage ?? new PooledBuffer(content.Length / 4 + 64);
        try
        {
            // Through gzip rather than raw deflate: the same deflate stream, framed by a 10-byte header and a trailer
            // holding the CRC-32 that zlib computes while it compresses, so the part is read once, not twice.
            using (var gzip = new GZipStream(target, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(content.Span);
            var written = target.Written;
            if (written.Length < GzipHeaderSize + GzipTrailerSize || written.Span[3] != 0)
                throw new InvalidDataException("zlib wrote a gzip header with optional fields");
            var crc = BinaryPrimitives.ReadUInt32LittleEndian(written.Span[^GzipTrailerSize..]);
            var deflated = written[GzipHeaderSize..^GzipTrailerSize];
            return new ZipEntry(name, DeflateMethod, crc, storage is null ? deflated.ToArray() : deflated, content.Length);
        }
        finally
        {
            if (storage is null) target.Dispose();
        }
    }

    private static bool IsAlreadyCompressed(string name) =>
        name.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".gif", StringComparison.OrdinalIgnoreCase);
}
