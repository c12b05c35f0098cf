using System.Buffers.Text;
using System.Text.Json;

namespace DocGen.Validation.Formats;

/// <summary>Pictures sent inline: base64, a data: URI, or an object <c>{ "data": …, "caption": … }</c>.</summary>
internal static class ImageFormat
{
    public static string? Check(JsonElement value, string label)
    {
        var message = $"{label}不是有效的图片（PNG/JPEG/GIF/BMP）";
        if (value.ValueKind == JsonValueKind.Object)
        {
            return value.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.String && IsImage(JsonText.Read(data))
                ? null
                : message;
        }

        return value.ValueKind == JsonValueKind.String && IsImage(JsonText.Read(value)) ? null : message;
    }

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
