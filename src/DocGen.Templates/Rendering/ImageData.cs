using System.Buffers.Binary;
using DocGen.Templates.Scripting;
using Scriban.Runtime;

namespace DocGen.Templates.Rendering;

/// <summary>Decodes an image value (base64, data URI, or {data, caption}) and reads its pixel size from the header.</summary>
internal sealed record ImageData(byte[] Bytes, string Extension, int Width, int Height, string? Caption)
{
    public const int MaxBytes = 20 * 1024 * 1024;
    public const int MaxPixels = 100_000_000;

    public static ImageData? TryDecode(object value, ScriptContext context, out string? problem)
    {
        problem = null;
        string? text = null;
        string? caption = null;
        if (value is string s) text = s;
        else if (value is ScriptObject image)
        {
            if (image.TryGetValue("data", out var data) && data is string d) text = d;
            if (image.TryGetValue("caption", out var c) && c is not null) caption = context.Text(c);
        }
        if (string.IsNullOrEmpty(text)) return null;
        var comma = text.StartsWith("data:", StringComparison.Ordinal) ? text.IndexOf(',') : -1;
        var payload = comma >= 0 ? text[(comma + 1)..] : text;
        if (payload.Length > MaxBytes / 3 * 4 + 4)
        {
            problem = $"the image is larger than {MaxBytes / (1024 * 1024)} MB";
            return null;
        }
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(payload.Trim());
        }
        catch (FormatException)
        {
            problem = "the image is not valid base64";
            return null;
        }
        var header = ReadHeader(bytes);
        if (header is null)
        {
            problem = "the image is not a PNG, JPEG, GIF or BMP file";
            return null;
        }
        var (extension, width, height) = header.Value;
        if (width <= 0 || height <= 0 || (long)width * height > MaxPixels)
        {
            problem = $"the image size {width}×{height} is not acceptable";
            return null;
        }
        return new ImageData(bytes, extension, width, height, caption);
    }

    private static (string Extension, int Width, int Height)? ReadHeader(byte[] b)
    {
        if (b.Length >= 24 && b[0] == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G')
            return ("png", BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(20)));
        if (b.Length >= 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F')
            return ("gif", BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(6)), BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(8)));
        if (b.Length >= 26 && b[0] == 'B' && b[1] == 'M')
            return ("bmp", BinaryPrimitives.ReadInt32LittleEndian(b.AsSpan(18)), Math.Abs(BinaryPrimitives.ReadInt32LittleEndian(b.AsSpan(22))));
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xD8) return ReadJpeg(b);
        return null;
    }

    private static (string, int, int)? ReadJpeg(byte[] b)
    {
        var i = 2;
        while (i + 9 < b.Length)
        {
            if (b[i] != 0xFF) return null;
            var marker = b[i + 1];
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { i += 2; continue; }
            var length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 2));
            // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
                return ("jpeg", BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 7)), BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 5)));
            i += 2 + length;
        }
        return null;
    }
}
