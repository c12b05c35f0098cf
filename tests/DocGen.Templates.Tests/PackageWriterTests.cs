using System.IO.Compression;
using System.Text;
using DocGen.Templates.Packaging;

namespace DocGen.Templates.Tests;

public sealed class PackageWriterTests
{
    private static readonly byte[] Xml = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><w:document>" + string.Concat(Enumerable.Repeat("<w:p><w:r><w:t>绿色工厂</w:t></w:r></w:p>", 500)) + "</w:document>");

    [Fact]
    public void WrittenPackageReadsBackWithEveryPartItsContentAndItsChecksum()
    {
        var picture = ImageTests.Png(7, 5);
        using var storage = new PooledBuffer(64);
        var entries = new List<ZipEntry>
        {
            ZipEntry.Create("word/document.xml", Xml, storage),
            ZipEntry.Create("word/media/图片1.png", picture),
            ZipEntry.Create("word/empty.xml", Array.Empty<byte>()),
            ZipEntry.Create("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types/>")),
        };
        var bytes = Write(entries);

        Assert.Equal(DeterministicZipWriter.Measure(entries), bytes.Length);
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(["word/document.xml", "word/media/图片1.png", "word/empty.xml", "[Content_Types].xml"], zip.Entries.Select(e => e.FullName));
        Assert.Equal(Xml, Read(zip, "word/document.xml"));
        Assert.Equal(picture, Read(zip, "word/media/图片1.png"));
        Assert.Empty(Read(zip, "word/empty.xml"));
        Assert.Equal(Crc32Of(Xml), zip.GetEntry("word/document.xml")!.Crc32);
        Assert.Equal(Crc32Of(picture), zip.GetEntry("word/media/图片1.png")!.Crc32);
        Assert.Equal(new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero).DateTime, zip.Entries[0].LastWriteTime.DateTime);
    }

    [Fact]
    public void PicturesAreStoredAndXmlIsCompressed()
    {
        Assert.Equal(ZipEntry.StoreMethod, ZipEntry.Create("word/media/a.png", ImageTests.Png(3, 3)).Method);
        var xml = ZipEntry.Create("word/document.xml", Xml);
        Assert.Equal(ZipEntry.DeflateMethod, xml.Method);
        Assert.True(xml.Data.Length < Xml.Length / 4, $"{xml.Data.Length} bytes from {Xml.Length}");
    }

    [Fact]
    public void StoredAndCompressedPartsCarryTheZipChecksum()
    {
        // The check value of CRC-32/ISO-HDLC (the zip and gzip CRC) over the ASCII digits 1 to 9.
        var digits = "123456789"u8.ToArray();
        Assert.Equal(0xCBF43926u, ZipEntry.Create("word/media/digits.png", digits).Crc);
        Assert.Equal(0xCBF43926u, ZipEntry.Create("word/digits.xml", digits).Crc);
        Assert.Equal(Crc32Of(Xml), ZipEntry.Create("word/media/document.jpeg", Xml).Crc);
    }

    [Fact]
    public void SamePartsGiveTheSameBytes()
    {
        static byte[] Once() => Write([ZipEntry.Create("word/document.xml", Xml), ZipEntry.Create("a.png", ImageTests.Png(2, 2))]);
        Assert.Equal(Once(), Once());
    }

    private static byte[] Write(IReadOnlyList<ZipEntry> entries)
    {
        using var output = new MemoryStream();
        DeterministicZipWriter.Write(output, entries);
        return output.ToArray();
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    // CRC-32 the slow, obvious way: bit by bit, as the specification states it.
    private static uint Crc32Of(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
