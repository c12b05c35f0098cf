using System.IO.Compression;
using System.Text;
using DocGen.Api.Tests.Support;
using DocGen.Templates.Engine;

namespace DocGen.Api.Tests.Hostile;

/// <summary>
/// Templates are not uploaded through the API yet, but a version folder is content an official supplies: the
/// engine must turn every hostile package into diagnostics, never an exception, a hang or a read of a local file.
/// </summary>
public sealed class TemplateDefenceTests
{
    private static TemplateCompilation Compile(byte[] bytes)
    {
        var compilation = DocxTemplate.Compile(bytes);
        Assert.False(compilation.Succeeded);
        Assert.Contains(compilation.Diagnostics, d => d.IsError);
        return compilation;
    }

    private static string Errors(TemplateCompilation compilation) => string.Join("\n", compilation.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));

    [Fact]
    public void AZipBombIsRefusedBeforeItIsUnpacked()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in new[] { ("[Content_Types].xml", TemplateDocx.ContentTypes), ("_rels/.rels", TemplateDocx.RootRelationships), ("word/document.xml", TemplateDocx.Document(TemplateDocx.P("x"))) })
            {
                using var part = zip.CreateEntry(name).Open();
                part.Write(Encoding.UTF8.GetBytes(content));
            }
            // 256 MB of zeros deflate to a quarter of a megabyte.
            using var bomb = zip.CreateEntry("word/media/bomb.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 256; i++) bomb.Write(zeros);
        }
        Assert.True(stream.Length < 2 * 1024 * 1024);
        Assert.Contains("word/media/bomb.bin unpacks to more than 16 MB", Errors(Compile(stream.ToArray())));
    }

    [Fact]
    public void PartsEachUnderTheirLimitThatTogetherUnpackPastThePackageLimitAreRefused()
    {
        var filler = new string('x', 15 * 1024 * 1024);
        var entries = new List<(string, string)> { ("[Content_Types].xml", TemplateDocx.ContentTypes), ("word/document.xml", TemplateDocx.Document(TemplateDocx.P("x"))) };
        entries.AddRange(Enumerable.Range(0, 5).Select(i => ($"word/media/filler{i}.bin", filler)));
        Assert.Contains("the package unpacks to more than 64 MB", Errors(Compile(TemplateDocx.Zip([.. entries]))));
    }

    [Fact]
    public void ThousandsOfPartsAreRefused()
    {
        var entries = new List<(string, string)> { ("[Content_Types].xml", TemplateDocx.ContentTypes), ("word/document.xml", TemplateDocx.Document(TemplateDocx.P("x"))) };
        entries.AddRange(Enumerable.Range(0, 5000).Select(i => ($"word/parts/p{i}.xml", "<x/>")));
        Assert.Contains("5002 parts", Errors(Compile(TemplateDocx.Zip([.. entries]))));
    }

    [Fact]
    public void AnExternalEntityIsNeverResolved()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"docgen-xxe-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "XXE-SECRET");
        try
        {
            var document = TemplateDocx.Document(TemplateDocx.P("&xxe;{{ name }}"),
                $"<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file://{secret}\">]>");
            var compilation = Compile(TemplateDocx.Zip(("[Content_Types].xml", TemplateDocx.ContentTypes), ("_rels/.rels", TemplateDocx.RootRelationships), ("word/document.xml", document)));
            var errors = Errors(compilation);
            Assert.Contains("DTD", errors);
            Assert.DoesNotContain("XXE-SECRET", errors);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void EntityExpansionIsRefused()
    {
        var laughs = "<!DOCTYPE w:document [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">" +
            "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>";
        var document = TemplateDocx.Document(TemplateDocx.P("&f;&f;&f;&f;&f;&f;&f;&f;"), "<?xml version=\"1.0\"?>" + laughs);
        Assert.Contains("DTD", Errors(Compile(TemplateDocx.Zip(("[Content_Types].xml", TemplateDocx.ContentTypes), ("_rels/.rels", TemplateDocx.RootRelationships), ("word/document.xml", document)))));
    }

    [Fact]
    public void AHeaderPartWithADtdIsRefusedToo()
    {
        var header = "<?xml version=\"1.0\"?><!DOCTYPE w:hdr SYSTEM \"http://127.0.0.1:9/evil.dtd\"><w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p/></w:hdr>";
        var bytes = TemplateDocx.Zip(("[Content_Types].xml", TemplateDocx.ContentTypes), ("_rels/.rels", TemplateDocx.RootRelationships), ("word/document.xml", TemplateDocx.Document(TemplateDocx.P("x"))), ("word/header1.xml", header),
            ("word/_rels/document.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>"""));
        Assert.Contains("word/header1.xml", Errors(Compile(bytes)));
    }

    public static TheoryData<string, byte[]> NotDocx() => new()
    {
        { "empty", [] },
        { "text", Encoding.UTF8.GetBytes("这不是 Word 文档") },
        { "pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\n%%EOF") },
        { "truncated zip", TemplateDocx.FromBody(TemplateDocx.P("x"))[..200] },
        { "zip without a document", TemplateDocx.Zip(("readme.txt", "hello")) },
        { "document that is not XML", TemplateDocx.Zip(("[Content_Types].xml", TemplateDocx.ContentTypes), ("_rels/.rels", TemplateDocx.RootRelationships), ("word/document.xml", "<w:document><w:body>")) },
        { "random bytes", Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray() },
        { "zip header then garbage", [.. "PK\u0003\u0004"u8, .. Enumerable.Repeat((byte)0xFF, 512)] },
    };

    [Theory]
    [MemberData(nameof(NotDocx))]
    public void WhatIsNotADocxGetsDiagnosticsNotAnException(string what, byte[] bytes)
    {
        var compilation = Compile(bytes);
        Assert.True(compilation.Diagnostics.Count > 0, what);
    }
}
