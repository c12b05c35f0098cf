using SkiaSharp;

namespace DocGen.Forms.Tests.Support;

/// <summary>A printed page as grey levels (0 black, 255 white), one byte a pixel, row by row.</summary>
internal sealed class PageImage
{
    private PageImage(int width, int height, byte[] pixels)
    {
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public byte[] Pixels { get; }

    /// <summary>Reads a PNG in any colours as greys.</summary>
    public static PageImage Read(string path)
    {
        using var bitmap = SKBitmap.Decode(path) ?? throw new InvalidDataException($"{path} is not an image");
        var colours = bitmap.Pixels;
        var pixels = new byte[colours.Length];
        for (var i = 0; i < colours.Length; i++)
            pixels[i] = (byte)((colours[i].Red * 299 + colours[i].Green * 587 + colours[i].Blue * 114 + 500) / 1000);
        return new PageImage(bitmap.Width, bitmap.Height, pixels);
    }

    /// <summary>
    /// Reads a binary grey map (P5, what <c>pdftoppm -gray</c> writes without <c>-png</c>): a header of magic,
    /// width, height and largest value separated by white space, then one byte a pixel. Four times faster for
    /// pdftoppm than a PNG, which it would write in RGB.
    /// </summary>
    public static PageImage ReadGreyMap(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 2 || bytes[0] != 'P' || bytes[1] != '5') throw new InvalidDataException($"{path} is not a binary grey map");
        var position = 2;
        var fields = new int[3];
        for (var i = 0; i < fields.Length; i++)
        {
            while (position < bytes.Length && char.IsWhiteSpace((char)bytes[position])) position++;
            for (; position < bytes.Length && char.IsAsciiDigit((char)bytes[position]); position++) fields[i] = fields[i] * 10 + bytes[position] - '0';
        }
        position++; // the single white-space character that ends the header
        var (width, height, largest) = (fields[0], fields[1], fields[2]);
        if (largest != 255 || bytes.Length - position != width * height) throw new InvalidDataException($"{path}: not one byte a pixel for {width} × {height}");
        return new PageImage(width, height, bytes[position..]);
    }

    public static PageImage FromPixels(int width, int height, byte[] pixels) =>
        pixels.Length == width * height ? new PageImage(width, height, pixels) : throw new ArgumentException("one byte a pixel", nameof(pixels));

    /// <summary>
    /// The page with each pixel moved to the nearest of <paramref name="levels"/> evenly spaced greys: text keeps
    /// a rough edge and hairline rules stay visible, while the file shrinks to a sixth of full grey.
    /// </summary>
    public PageImage WithGreyLevels(int levels)
    {
        var step = 255.0 / (levels - 1);
        var pixels = new byte[Pixels.Length];
        for (var i = 0; i < pixels.Length; i++) pixels[i] = (byte)Math.Round(Math.Round(Pixels[i] / step) * step);
        return new PageImage(Width, Height, pixels);
    }

    public void Write(string path)
    {
        var info = new SKImageInfo(Width, Height, SKColorType.Gray8, SKAlphaType.Opaque);
        using var image = SKImage.FromPixelCopy(info, Pixels) ?? throw new InvalidOperationException("Skia refused the page");
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        data.SaveTo(file);
    }

    /// <summary>
    /// Pixels whose grey levels differ by more than <paramref name="threshold"/>: anti-aliasing that moves by a
    /// shade stays under it, ink that appears or disappears does not.
    /// </summary>
    public int DifferingPixels(PageImage other, int threshold)
    {
        if (other.Width != Width || other.Height != Height) return Pixels.Length;
        var count = 0;
        for (var i = 0; i < Pixels.Length; i++)
            if (Math.Abs(Pixels[i] - other.Pixels[i]) > threshold) count++;
        return count;
    }

    /// <summary>
    /// Writes a PNG of this page faded, with ink only in <paramref name="actual"/> in red and ink only here in blue,
    /// so a reviewer sees at a glance what moved.
    /// </summary>
    public void WriteDifference(PageImage actual, int threshold, string path)
    {
        var width = Math.Max(Width, actual.Width);
        var height = Math.Max(Height, actual.Height);
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var expected = At(x, y);
                var seen = actual.At(x, y);
                var faded = (byte)(255 - (255 - Math.Min(expected, seen)) / 4);
                bitmap.SetPixel(x, y, Math.Abs(expected - seen) <= threshold ? new SKColor(faded, faded, faded)
                    : seen < expected ? new SKColor(220, 0, 0) : new SKColor(0, 60, 220));
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        data.SaveTo(file);
    }

    private byte At(int x, int y) => x < Width && y < Height ? Pixels[y * Width + x] : (byte)255;
}
