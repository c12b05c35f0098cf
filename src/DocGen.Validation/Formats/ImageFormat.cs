using System.Buffers.Text;
using System.Text.Json;

namespace DocGen.Validation.Formats;

/// <summary>Pictures sent inline: base64, a data: URI, or an object <c>{ "data": …, "caption": … }</c>.</summary>
internal static class ImageFormat
{
    public static string? Check(JsonElement value, string label)
    {
        var data = value.ValueKind == JsonValueKind.Object && value.TryGetProperty("data", out var inner) ? inner : value;
        if (data.ValueKind != JsonValueKind.String) return Unreadable(label);
        var text = JsonText.Read(data);
        if (!IsImage(text)) return Unreadable(label);
        // The whole header is read as the decoder will: a size can hide behind fill bytes or in a later GIF frame.
        var comma = text.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? text.IndexOf(',') : -1;
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text[(comma + 1)..].Trim());
        }
        catch (FormatException)
        {
            return Unreadable(label);
        }
        return ImageHeader.Read(bytes) switch
        {
            null => Unreadable(label),
            { IsAcceptable: false } size => $"{label}的图片尺寸 {size} 过大或无效（最多 {ImageHeader.MaxPixels / 1_000_000} 百万像素）",
            _ => null,
        };
    }

    private static string Unreadable(string label) => $"{label}不是有效的图片（PNG/JPEG/GIF/BMP）";

    public static bool IsImage(string text)
    {
        var payload = text.AsSpan().Trim();
        if (payload.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            var comma = payload.IndexOf(',');
            if (comma < 0)
            {
                return false;
            }

            var header = payload[5..comma];
            if (!header.StartsWith("image/", StringComparison.OrdinalIgnoreCase) || !header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            payload = payload[(comma + 1)..];
        }

        // Validates the whole text without decoding it: pictures run to megabytes, and only the first bytes matter.
        if (payload.IsEmpty || !Base64.IsValid(payload))
        {
            return false;
        }

        Span<char> head = stackalloc char[16];
        var taken = 0;
        foreach (var c in payload)
        {
            if (taken == head.Length)
            {
                break;
            }

            if (!char.IsWhiteSpace(c))
            {
                head[taken++] = c;
            }
        }

        Span<byte> bytes = stackalloc byte[12];
        return Convert.TryFromBase64Chars(head[..taken], bytes, out var written) && HasMagic(bytes[..written]);
    }

    private static bool HasMagic(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ||
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ||
        bytes.StartsWith("GIF87a"u8) ||
        bytes.StartsWith("GIF89a"u8) ||
        bytes.StartsWith("BM"u8);
}
