using System.IO.Compression;

namespace DocGen.Authoring.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public void CompilingTheSameSourceTwiceGivesIdenticalBytes()
    {
        var source = CompiledForm.EveryFeatureSource();

        var first = FormSourceCompiler.Compile(source).Docx;
        var second = FormSourceCompiler.Compile(source).Docx;

        Assert.NotNull(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void PartsAreDatedAtTheZipEpochInAFixedOrder()
    {
        var bytes = FormSourceCompiler.Compile(CompiledForm.EveryFeatureSource()).Docx!;

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.Equal("word/document.xml", zip.Entries[3].FullName);
    }

    [Fact]
    public void PackageHasNoRevisionIdsGuidsOrDates()
    {
        var bytes = FormSourceCompiler.Compile(CompiledForm.EveryFeatureSource()).Docx!;

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            var xml = reader.ReadToEnd();
            Assert.DoesNotContain("w:rsid", xml);
            Assert.DoesNotContain("dcterms:", xml);
            Assert.DoesNotMatch(@"Id=""R[0-9a-f]{8,}""", xml);
        }

        Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal));
    }
}
