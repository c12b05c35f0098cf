using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using DocGen.Templates.Tests.Support;
using static DocGen.Templates.Tests.Support.TestDocx;

namespace DocGen.Templates.Tests;

public sealed class ImageTests
{
    /// <summary>A real PNG of the given size (one colour), made here so the test needs no files.</summary>
    internal static byte[] Png(int width, int height)
    {
        var raw = new byte[(width * 3 + 1) * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
                raw[y * (width * 3 + 1) + 1 + x * 3] = 200;
        }

        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true)) z.Write(raw);
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; header[9] = 2;
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        s.Write(length);
        var typeAndData = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        s.Write(typeAndData);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.HashToUInt32(typeAndData));
        s.Write(crc);
    }

    [Fact]
    public void ImagesAreEmbeddedAndScaledToFitTheirCell()
    {
        var photo = Convert.ToBase64String(Png(2000, 1000));
        var body = Table(1, Row(Cell("{{ photo | image }}")));
        var doc = Render(body, $$"""{"photo":"{{photo}}"}""");
        var extent = Part(doc).Descendants().First(e => e.Name.LocalName == "extent");
        var cx = long.Parse(extent.Attribute("cx")!.Value);
        var cy = long.Parse(extent.Attribute("cy")!.Value);
        Assert.Equal((2000 - 216) * 635, cx);
        Assert.Equal(cx / 2, cy, tolerance: 1);
        using var zip = new ZipArchive(new MemoryStream(doc));
        Assert.NotNull(zip.GetEntry("word/media/dgimage1.png"));
        Assert.Contains("dgImg1", Part(doc, "word/_rels/document.xml.rels").ToString());
    }

    [Fact]
    public void SeveralPhotosInOneCellTakeTheGivenWidth()
    {
        var photo = Convert.ToBase64String(Png(800, 600));
        var body = Table(1, Row(Cell("{{ for p in photos }}{{ p | image 1 }}{{ end }}")));
        var doc = Render(body, $$"""{"photos":["{{photo}}",{"data":"data:image/png;base64,{{photo}}","caption":"车间"},"{{photo}}"]}""");
        var extents = Part(doc).Descendants().Where(e => e.Name.LocalName == "extent").ToList();
        Assert.Equal(3, extents.Count);
        Assert.All(extents, e => Assert.Equal(360000L, long.Parse(e.Attribute("cx")!.Value)));
    }

    [Fact]
    public void AParagraphWithAPictureGetsAutomaticLineSpacingSoThePictureIsNotCropped()
    {
        var body = "<w:p><w:pPr><w:spacing w:before=\"120\" w:line=\"560\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>{{ photo | image }}</w:t></w:r></w:p>";
        var doc = Render(body, $$"""{"photo":"{{Convert.ToBase64String(Png(40, 30))}}"}""");
        var spacing = Part(doc).Descendants(W + "spacing").Single();
        Assert.Equal("auto", spacing.Attribute(W + "lineRule")!.Value);
        Assert.Equal("120", spacing.Attribute(W + "before")!.Value);
    }

    [Fact]
    public void DataThatIsNotAnImageIsReportedNotEmbedded()
    {
        var template = Compile(FromBody(P("{{ photo | image }}")));
        var result = template.Render(System.Text.Json.JsonDocument.Parse($$"""{"photo":"{{Convert.ToBase64String("not an image"u8.ToArray())}}"}""").RootElement);
        Assert.Null(result.Document);
        Assert.Equal("DG0401", Assert.Single(result.Problems).Code);
    }
}
