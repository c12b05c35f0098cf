using System.Buffers.Binary;

namespace DocGen.Validation.Formats;

/// <summary>
/// Reads an image's pixel size from its header the way a decoder will, for the pixel cap: every read is bounds-checked
/// and every size kept as a long, so no header (a BMP height of int.MinValue, a PNG width over 2³¹) overflows, and a
/// header that decoders read past (fill bytes before a JPEG frame, GIF frames larger than their screen) is judged by
/// what the decoder will allocate.
/// </summary>
public static class ImageHeader
{
    /// <summary>The most pixels a picture may make a decoder allocate (all its frames): 100 million, a 10000×10000 photo.</summary>
    public const long MaxPixels = 100_000_000;

    /// <summary>The size of a PNG, JPEG, GIF or BMP as its decoder will see it; null when the bytes are no such image or its header is damaged.</summary>
    public static ImageSize? Read(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xD8) return Jpeg(b);
        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return Png(b);
        if (b.StartsWith("GIF87a"u8) || b.StartsWith("GIF89a"u8)) return Gif(b);
        if (b.StartsWith("BM"u8)) return Bmp(b);
        return null;
    }

    private static ImageSize? Png(ReadOnlySpan<byte> b)
    {
        // The first chunk must be IHDR; its width and height are unsigned 31-bit numbers.
        if (b.Length < 24 || !b[12..16].SequenceEqual("IHDR"u8)) return null;
        long width = BinaryPrimitives.ReadUInt32BigEndian(b[16..]);
        long height = BinaryPrimitives.ReadUInt32BigEndian(b[20..]);
        return new ImageSize("png", width, height, width * height);
    }

    private static ImageSize? Bmp(ReadOnlySpan<byte> b)
    {
        if (b.Length < 18) return null;
        var headerSize = BinaryPrimitives.ReadUInt32LittleEndian(b[14..]);
        long width, height;
        if (headerSize == 12)
        {
            // OS/2 BITMAPCOREHEADER: unsigned 16-bit sizes.
            if (b.Length < 22) return null;
            width = BinaryPrimitives.ReadUInt16LittleEndian(b[18..]);
            height = BinaryPrimitives.ReadUInt16LittleEndian(b[20..]);
        }
        else
        {
            if (headerSize < 40 || b.Length < 26) return null;
            width = BinaryPrimitives.ReadInt32LittleEndian(b[18..]);
            // A negative height means rows stored top-down; its size is the magnitude, computed as a long.
            height = Math.Abs((long)BinaryPrimitives.ReadInt32LittleEndian(b[22..]));
        }
        return new ImageSize("bmp", width, height, width * height);
    }

    private static ImageSize? Gif(ReadOnlySpan<byte> b)
    {
        if (b.Length < 13) return null;
        long width = BinaryPrimitives.ReadUInt16LittleEndian(b[6..]);
        long height = BinaryPrimitives.ReadUInt16LittleEndian(b[8..]);
        var i = 13 + ColourTableLength(b[10]);
        long pixels = 0;
        // Each frame is decoded at its own size, which may exceed the logical screen: all frames count.
        while (i < b.Length)
        {
            switch (b[i])
            {
                case 0x2C:
                    if (i + 10 > b.Length) return null;
                    long frameWidth = BinaryPrimitives.ReadUInt16LittleEndian(b[(i + 5)..]);
                    long frameHeight = BinaryPrimitives.ReadUInt16LittleEndian(b[(i + 7)..]);
                    pixels += Math.Max(frameWidth, 1) * Math.Max(frameHeight, 1);
                    i += 10 + ColourTableLength(b[i + 9]) + 1;
                    i = SkipSubBlocks(b, i);
                    break;
                case 0x21:
                    i = SkipSubBlocks(b, i + 2);
                    break;
                case 0x3B:
                    return pixels == 0 ? null : new ImageSize("gif", width, height, Math.Max(pixels, width * height));
                default:
                    return null;
            }
            if (i < 0) return null;
        }
        // A GIF cut short after a frame is still shown up to where it ends; one without a frame shows nothing.
        return pixels == 0 ? null : new ImageSize("gif", width, height, Math.Max(pixels, width * height));
    }

    private static int ColourTableLength(byte packed) => (packed & 0x80) == 0 ? 0 : 3 << ((packed & 0x07) + 1);

    /// <summary>The position after a chain of GIF sub-blocks (length byte, data) ending in a zero length; -1 when it runs off the end.</summary>
    private static int SkipSubBlocks(ReadOnlySpan<byte> b, int i)
    {
        while (i < b.Length)
        {
            var length = b[i];
            i += 1 + length;
            if (length == 0) return i;
        }
        return -1;
    }

    private static ImageSize? Jpeg(ReadOnlySpan<byte> b)
    {
        var i = 2;
        while (i < b.Length)
        {
            if (b[i] != 0xFF) return null;
            // Any number of 0xFF fill bytes may precede a marker; the marker is the first byte that is not one.
            while (i < b.Length && b[i] == 0xFF) i++;
            if (i >= b.Length) return null;
            var marker = b[i++];
            if (marker == 0xD8 || marker == 0x01 || marker is >= 0xD0 and <= 0xD7) continue;
            // Image data (SOS) or the end (EOI) before any frame header: no size to read.
            if (marker is 0xDA or 0xD9 || i + 2 > b.Length) return null;
            var length = BinaryPrimitives.ReadUInt16BigEndian(b[i..]);
            if (length < 2) return null;
            // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC). The first frame header is the one decoders use.
            if (marker is >= 0xC0 and <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
            {
                if (i + 7 > b.Length) return null;
                long height = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 3)..]);
                long width = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 5)..]);
                return new ImageSize("jpeg", width, height, width * height);
            }
            i += length;
        }
        return null;
    }
}
