using System.IO.Compression;
using System.Text;
using System.Text.Json;
using DocGen.Templates.Engine;

namespace DocGen.Api.Tests.Support;

/// <summary>Template packages built in memory: a well-formed DOCX around a body, or any zip at all for the hostile cases.</summary>
internal static class TemplateDocx
{
    public const string ContentTypes = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";
    public const string RootRelationships = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""";
    public const string DocumentRelationships = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>""";

    public static string Document(string body, string prolog = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""") =>
        prolog + """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>""" +
        body + """<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>""";

    public static byte[] FromBody(string body) => Zip(
        ("[Content_Types].xml", ContentTypes), ("_rels/.rels", RootRelationships),
        ("word/document.xml", Document(body)), ("word/_rels/document.xml.rels", DocumentRelationships));

    public static byte[] Zip(params (string Name, string Content)[] entries) =>
        Zip(CompressionLevel.Optimal, [.. entries.Select(e => (e.Name, Encoding.UTF8.GetBytes(e.Content)))]);

    /// <summary>A zip of whole files (documents inside an upload), packed as small as it goes.</summary>
    public static byte[] Zip(params (string Name, byte[] Bytes)[] entries) => Zip(CompressionLevel.SmallestSize, entries);

    private static byte[] Zip(CompressionLevel level, (string Name, byte[] Bytes)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var entry = zip.CreateEntry(name, level).Open();
                entry.Write(bytes);
            }
        }
        return stream.ToArray();
    }

    public static string P(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    public static byte[] Render(byte[] template, string json)
    {
        var compilation = DocxTemplate.Compile(template);
        Assert.True(compilation.Succeeded, string.Join("\n", compilation.Diagnostics));
        using var data = JsonDocument.Parse(json);
        var result = compilation.Template!.Render(data.RootElement);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Document!;
    }
}
