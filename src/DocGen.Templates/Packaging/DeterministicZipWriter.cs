using System.Buffers.Binary;

namespace DocGen.Templates.Packaging;

/// <summary>
/// Writes a DOCX whose bytes depend only on its parts: fixed timestamps and the given part order, so the same
/// input always gives the same document (golden files, caching, traceability by hash). The entries come
/// already compressed with their CRC-32, so writing is copying: local headers, data, then the central directory,
/// front to back without seeking (a response body or a batch archive can take it directly).
/// </summary>
internal static class DeterministicZipWriter
{
    private const int LocalHeaderSize = 30;
    private const int CentralHeaderSize = 46;
    private const int EndRecordSize = 22;
    private const ushort VersionNeeded = 20;
    // Made by: Unix (3), specification 2.0. The external attributes then carry the permissions (-rw-r--r--).
    private const ushort VersionMadeBy = 0x0314;
    private const uint ExternalAttributes = 0x81A40000;
    // 1980-01-01 00:00:00 in MS-DOS form: the earliest a zip can say, and no clock in the output.
    private const ushort DosTime = 0;
    private const ushort DosDate = (0 << 9) | (1 << 5) | 1;

    /// <summary>The exact size of the package, so a caller can allocate the document once.</summary>
    public static long Measure(IReadOnlyList<ZipEntry> entries)
    {
        long size = EndRecordSize;
        foreach (var entry in entries) size += LocalHeaderSize + CentralHeaderSize + 2L * entry.NameBytes.Length + entry.Data.Length;
        return size;
    }

    public static void Write(Stream output, IReadOnlyList<ZipEntry> entries)
    {
        if (entries.Count > ushort.MaxValue || Measure(entries) > uint.MaxValue)
            throw new InvalidOperationException("the package needs zip64, which a form never does");
        Span<byte> header = stackalloc byte[CentralHeaderSize];
        uint offset = 0;
        foreach (var entry in entries)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034B50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], VersionNeeded);
            WriteCommon(header[6..], entry);
            BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0);
            output.Write(header[..LocalHeaderSize]);
            output.Write(entry.NameBytes);
            output.Write(entry.Data.Span);
            offset += (uint)(LocalHeaderSize + entry.NameBytes.Length + entry.Data.Length);
        }

        var directoryStart = offset;
        uint entryOffset = 0;
        foreach (var entry in entries)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014B50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], VersionMadeBy);
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], VersionNeeded);
            WriteCommon(header[8..], entry);
            BinaryPrimitives.WriteUInt16LittleEndian(header[30..], 0); // extra field
            BinaryPrimitives.WriteUInt16LittleEndian(header[32..], 0); // comment
            BinaryPrimitives.WriteUInt16LittleEndian(header[34..], 0); // disk
            BinaryPrimitives.WriteUInt16LittleEndian(header[36..], 0); // internal attributes
            BinaryPrimitives.WriteUInt32LittleEndian(header[38..], ExternalAttributes);
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], entryOffset);
            output.Write(header);
            output.Write(entry.NameBytes);
            entryOffset += (uint)(LocalHeaderSize + entry.NameBytes.Length + entry.Data.Length);
            offset += (uint)(CentralHeaderSize + entry.NameBytes.Length);
        }

        var end = header[..EndRecordSize];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054B50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[4..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(end[6..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)entries.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)entries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], offset - directoryStart);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], directoryStart);
        BinaryPrimitives.WriteUInt16LittleEndian(end[20..], 0);
        output.Write(end);
    }

    // The fields local and central headers share, from "general purpose flags" to "file name length".
    private static void WriteCommon(Span<byte> at, ZipEntry entry)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(at, entry.Flags);
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], entry.Method);
        BinaryPrimitives.WriteUInt16LittleEndian(at[4..], DosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(at[6..], DosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(at[8..], entry.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(at[12..], (uint)entry.Data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(at[16..], (uint)entry.UncompressedLength);
        BinaryPrimitives.WriteUInt16LittleEndian(at[20..], (ushort)entry.NameBytes.Length);
    }
}
