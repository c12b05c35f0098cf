namespace DocGen.Validation.Tests.Support;

internal static class Images
{
    // A complete 1×1 PNG.
    public const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    public static string Jpeg => Convert.ToBase64String([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00]);

    public static string Gif => Convert.ToBase64String("GIF89a\x01\x00\x01\x00\x00\x00\x00;"u8.ToArray());

    public static string Bmp => Convert.ToBase64String("BM\x3a\x00\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00"u8.ToArray());

    public static string Text => Convert.ToBase64String("This is not a picture at all"u8.ToArray());
}
