using System.Buffers.Binary;

namespace DocGen.Templates.Tests.Support;

/// <summary>Image headers built to slip past a size check or to break the code reading them; no pixel data follows.</summary>
internal static class HostileImages
{
    /// <summary>A BMP whose height is int.MinValue (the magnitude of which no int holds).</summary>
    public static byte[] BmpWithHeight(int width, int height)
    {
        var b = new byte[54];
        "BM"u8.CopyTo(b);
        BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(2), b.Length);
        BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(10), 54);
        BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(14), 40);
        BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(18), width);
        BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(22), height);
        BinaryPrimitives.WriteInt16LittleEndian(b.AsSpan(26), 1);
        BinaryPrimitives.WriteInt16LittleEndian(b.AsSpan(28), 24);
        return b;
    }

    /// <summary>
    /// A JPEG whose real frame header (<paramref name="width"/>×<paramref name="height"/>) follows a 0xFF fill byte, and
    /// a decoy 1×1 frame header where a reader that takes the fill byte for a marker would jump to.
    /// </summary>
    public static byte[] JpegWithFillByteBeforeItsFrame(int width, int height)
    {
        var b = new byte[0xC000 + 64];
        b[0] = 0xFF;
        b[1] = 0xD8;
        // FF (fill) FF C0 (SOF0): read as marker FF with length C000, this jumps to 4 + 0xC000.
        b[2] = 0xFF;
        WriteFrame(b, 3, width, height);
        WriteFrame(b, 4 + 0xC000, 1, 1);
        return b;
    }

    private static void WriteFrame(byte[] b, int at, int width, int height)
    {
        b[at] = 0xFF;
        b[at + 1] = 0xC0;
        BinaryPrimitives.WriteUInt16BigEndian(b.AsSpan(at + 2), 17);
        b[at + 4] = 8;
        BinaryPrimitives.WriteUInt16BigEndian(b.AsSpan(at + 5), (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(b.AsSpan(at + 7), (ushort)width);
        b[at + 9] = 3;
    }

    /// <summary>A GIF whose logical screen is 1×1 and whose one frame is <paramref name="width"/>×<paramref name="height"/>.</summary>
    public static byte[] GifWithFrameLargerThanItsScreen(int width, int height)
    {
        var b = new List<byte>();
        b.AddRange("GIF89a"u8.ToArray());
        b.AddRange([1, 0, 1, 0, 0, 0, 0]);
        b.AddRange([0x2C, 0, 0, 0, 0, (byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0]);
        b.AddRange([2, 1, 0x44, 0, 0x3B]);
        return [.. b];
    }
}
