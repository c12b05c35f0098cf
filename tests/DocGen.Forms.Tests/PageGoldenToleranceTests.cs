using DocGen.Forms.Tests.Support;
using SkiaSharp;

namespace DocGen.Forms.Tests;

/// <summary>What the page goldens let through: the noise of anti-aliasing, but not a table rule that went missing.</summary>
public sealed class PageGoldenToleranceTests
{
    // An A4 page at the goldens' resolution.
    private const int Width = 414;
    private const int Height = 585;

    [Fact]
    public void AHundredEdgePixelsOneGreyApartStillMatch()
    {
        var golden = Page((x, y) => y is >= 100 and < 110 && x is >= 50 and < 350 ? (byte)0 : (byte)255);
        var printed = Page((x, y) => y == 110 && x is >= 50 and < 150 ? (byte)170 : golden.Pixels[y * Width + x]);
        var differing = golden.DifferingPixels(printed, PageGoldens.PixelThreshold);
        Assert.Equal(100, differing);
        Assert.True(PageGoldens.IsWithinTolerance(differing, golden.Pixels.Length));
    }

    [Fact]
    public void AHairlineRuleAcrossTheTextWidthThatGoesMissingDoesNotMatch()
    {
        var golden = Page((x, y) => y == 300 && x is >= 50 and < 355 ? (byte)170 : (byte)255);
        var printed = Page((_, _) => 255);
        var differing = golden.DifferingPixels(printed, PageGoldens.PixelThreshold);
        Assert.False(PageGoldens.IsWithinTolerance(differing, golden.Pixels.Length));
    }

    [Fact]
    public void APageOfAnotherSizeDiffersEverywhere()
    {
        var golden = Page((_, _) => 255);
        var printed = PageImage.FromPixels(Height, Width, new byte[Width * Height]);
        Assert.False(PageGoldens.IsWithinTolerance(golden.DifferingPixels(printed, PageGoldens.PixelThreshold), golden.Pixels.Length));
    }

    [Fact]
    public void TheDifferenceImageShowsNewInkInRedAndMissingInkInBlue()
    {
        var golden = Page((x, _) => x == 10 ? (byte)0 : (byte)255);
        var printed = Page((x, _) => x == 20 ? (byte)0 : (byte)255);
        var path = Path.Combine(Path.GetTempPath(), $"docgen-difference-{Guid.NewGuid():N}.png");
        try
        {
            golden.WriteDifference(printed, PageGoldens.PixelThreshold, path);
            using var picture = SKBitmap.Decode(path);
            Assert.Equal(new SKColor(0, 60, 220), picture.GetPixel(10, 5));
            Assert.Equal(new SKColor(220, 0, 0), picture.GetPixel(20, 5));
            Assert.Equal(SKColors.White, picture.GetPixel(30, 5));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void APageStoredInFourGreysReadsBackAsTheSameGreys()
    {
        var page = Page((x, y) => (byte)((x + y) % 256)).WithGreyLevels(PageGoldens.GreyLevels);
        Assert.Equal([0, 85, 170, 255], page.Pixels.Distinct().Order().Select(p => (int)p));
        var path = Path.Combine(Path.GetTempPath(), $"docgen-page-{Guid.NewGuid():N}.png");
        try
        {
            page.Write(path);
            Assert.Equal(page.Pixels, PageImage.Read(path).Pixels);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static PageImage Page(Func<int, int, byte> grey)
    {
        var pixels = new byte[Width * Height];
        for (var y = 0; y < Height; y++)
            for (var x = 0; x < Width; x++) pixels[y * Width + x] = grey(x, y);
        return PageImage.FromPixels(Width, Height, pixels);
    }
}
