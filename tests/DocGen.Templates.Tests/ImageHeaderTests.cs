using System.Text.Json;
using DocGen.Templates.Tests.Support;
using static DocGen.Templates.Tests.Support.TestDocx;

namespace DocGen.Templates.Tests;

/// <summary>Image headers built to hurt are refused with DG0401 naming the size, never an exception, never let past the pixel cap.</summary>
public sealed class ImageHeaderTests
{
    private static string Refusal(byte[] image)
    {
        var template = Compile(FromBody(P("{{ photo | image }}")));
        var result = template.Render(JsonDocument.Parse(JsonSerializer.Serialize(new { photo = Convert.ToBase64String(image) })).RootElement);
        Assert.Null(result.Document);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("DG0401", problem.Code);
        return problem.Message;
    }

    [Fact]
    public void ABmpWhoseHeightIsIntMinValueIsRefusedNotAnOverflow()
    {
        Assert.Contains("10×2147483648", Refusal(HostileImages.BmpWithHeight(10, int.MinValue)));
    }

    [Fact]
    public void ATopDownBmpIsMeasuredByTheMagnitudeOfItsHeight()
    {
        Assert.Contains("20000×20000", Refusal(HostileImages.BmpWithHeight(20000, -20000)));
    }

    [Fact]
    public void AJpegFrameAfterAFillByteIsTheOneMeasured()
    {
        Assert.Contains("12000×12000", Refusal(HostileImages.JpegWithFillByteBeforeItsFrame(12000, 12000)));
    }

    [Fact]
    public void AGifFrameLargerThanItsScreenCountsAgainstTheCap()
    {
        Assert.Contains("frames of 4294836225 pixels", Refusal(HostileImages.GifWithFrameLargerThanItsScreen(65535, 65535)));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8 })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xFF, 0xFF })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xC0, 0x00 })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x00 })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x08 })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 })]
    [InlineData(new byte[] { (byte)'B', (byte)'M', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 40, 0, 0, 0 })]
    [InlineData(new byte[] { (byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a', 1, 0, 1, 0, 0x80, 0, 0, 0x2C, 0 })]
    public void ATruncatedOrDamagedHeaderIsRefused(byte[] image)
    {
        Assert.Contains("header is damaged", Refusal(image));
    }

    [Fact]
    public void AnOrdinaryPhotoStillGoesIn()
    {
        var doc = Render(FromBody(P("{{ photo | image }}")), JsonSerializer.Serialize(new { photo = Convert.ToBase64String(ImageTests.Png(40, 30)) }));
        Assert.Contains(Part(doc).Descendants(), e => e.Name.LocalName == "blip");
    }
}
