using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace DocGen.Conversion.Tests.Linking;

/// <summary>
/// Documents that point outside themselves, one per way Word has to do it, each at a canary URL or at a local file of
/// the machine: a picture (a PNG of one flat colour) and a text file whose words are recognisable in a PDF.
/// </summary>
internal sealed class LinkingDocuments : IDisposable
{
    public const string SecretText = "DOCGENLOCALSECRET";

    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private readonly string _folder = Directory.CreateTempSubdirectory("docgen-linking-").FullName;

    private readonly string _leadingText;

    /// <param name="leadingText">Text of a first paragraph in every document, such as a tag.</param>
    public LinkingDocuments(string canaryUrl, string leadingText = "首段")
    {
        CanaryUrl = canaryUrl;
        _leadingText = leadingText;
        File.WriteAllBytes(Path.Combine(_folder, "secret.png"), FlatPng(64, 64));
        File.WriteAllText(Path.Combine(_folder, "secret.txt"), SecretText);
        File.WriteAllText(Path.Combine(_folder, "secret.html"), $"<html><body><p>{SecretText}</p></body></html>");
    }

    public string CanaryUrl { get; }

    public string PictureFile => new Uri(Path.Combine(_folder, "secret.png")).AbsoluteUri;

    public string TextFile => new Uri(Path.Combine(_folder, "secret.txt")).AbsoluteUri;

    public string HtmlFile => new Uri(Path.Combine(_folder, "secret.html")).AbsoluteUri;

    /// <summary>Every route, by name, at the network and at the disk.</summary>
    public IEnumerable<(string Route, byte[] Docx)> All()
    {
        foreach (var (where, picture, text) in new[] { ("network", CanaryUrl + ".png", CanaryUrl + ".txt"), ("disk", PictureFile, TextFile) })
        {
            yield return ($"linked picture ({where})", Docx(LinkedPicture("rId9"), Relationship("rId9", "image", picture)));
            yield return ($"linked picture in a header ({where})", Docx("<w:p><w:r><w:t>正文</w:t></w:r></w:p>", Relationship("rId8", "header", "header1.xml", external: false),
                ("word/header1.xml", $"""<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="{Rel}">{LinkedPicture("rId1")}</w:hdr>"""),
                ("word/_rels/header1.xml.rels", Relationships(Relationship("rId1", "image", picture)))));
            yield return ($"VML picture link ({where})", Docx(VmlPicture("""r:href="rId9" """), Relationship("rId9", "image", picture)));
            yield return ($"VML picture source ({where})", Docx(VmlPicture($"""src="{picture}" o:href="{picture}" """)));
            yield return ($"INCLUDEPICTURE field ({where})", Docx(ComplexField($"INCLUDEPICTURE \"{picture}\"")));
            yield return ($"INCLUDEPICTURE simple field ({where})", Docx($"<w:p><w:fldSimple w:instr=\"INCLUDEPICTURE &quot;{picture}&quot;\"><w:r><w:t>旧结果</w:t></w:r></w:fldSimple></w:p>"));
            yield return ($"INCLUDETEXT field ({where})", Docx(ComplexField($"INCLUDETEXT \"{text}\"")));
            yield return ($"LINK field ({where})", Docx(ComplexField($"LINK Word.Document.12 \"{text}\" \"\" \\a \\t")));
            yield return ($"linked OLE object ({where})", Docx(LinkedObject("rId9"), Relationship("rId9", "oleObject", text)));
            yield return ($"subdocument ({where})", Docx("<w:p><w:subDoc r:id=\"rId9\"/></w:p>", Relationship("rId9", "subDocument", text)));
            yield return ($"attached template ({where})", Docx("<w:p><w:r><w:t>正文</w:t></w:r></w:p>", Relationship("rId8", "settings", "settings.xml", external: false),
                ("word/settings.xml", $"""<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="{Rel}"><w:attachedTemplate r:id="rId1"/></w:settings>"""),
                ("word/_rels/settings.xml.rels", Relationships(Relationship("rId1", "attachedTemplate", text)))));
        }
        yield return ("altChunk importing HTML with a picture (network)", Docx("<w:altChunk r:id=\"rId9\"/><w:p><w:r><w:t>正文</w:t></w:r></w:p>", Relationship("rId9", "aFChunk", "chunk.html", external: false),
            ("word/chunk.html", $"<html><body><p>块</p><img src=\"{CanaryUrl}.png\"><img src=\"{PictureFile}\"></body></html>")));
        yield return ("altChunk from the disk", Docx("<w:altChunk r:id=\"rId9\"/><w:p><w:r><w:t>正文</w:t></w:r></w:p>", Relationship("rId9", "aFChunk", HtmlFile)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Relationship(string id, string type, string target, bool external = true) =>
        $"""<Relationship Id="{id}" Type="{Rel}/{type}" Target="{target}"{(external ? " TargetMode=\"External\"" : "")}/>""";

    private static string Relationships(string content) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{content}</Relationships>""";

    private static string LinkedPicture(string id) =>
        $"""<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="952500" cy="952500"/><wp:docPr id="1" name="p"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="p"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:link="{id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>""";

    private static string VmlPicture(string imageData) =>
        $"""<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" id="s1" style="width:50pt;height:50pt"><v:imagedata {imageData}/></v:shape></w:pict></w:r></w:p>""";

    private static string LinkedObject(string id) =>
        $"""<w:p><w:r><w:object xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><v:shape id="o1" style="width:50pt;height:50pt"/><o:OLEObject Type="Link" ProgID="Word.Document.12" ShapeID="o1" DrawAspect="Content" r:id="{id}" UpdateMode="Always"><o:LinkType>EnhancedMetaFile</o:LinkType></o:OLEObject></w:object></w:r></w:p>""";

    private static string ComplexField(string instruction) =>
        "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        + string.Concat(instruction.Chunk(12).Select(piece => $"<w:r><w:instrText xml:space=\"preserve\">{System.Security.SecurityElement.Escape(new string(piece))}</w:instrText></w:r>"))
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>旧结果</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";

    private byte[] Docx(string body, string documentRelationships = "", params (string Name, string Content)[] extra)
    {
        var parts = new List<(string, string)>
        {
            ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="html" ContentType="text/html"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/></Types>"""),
            ("_rels/.rels", Relationships($"""<Relationship Id="rId1" Type="{Rel}/officeDocument" Target="word/document.xml"/>""")),
            ("word/document.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="{Rel}"><w:body><w:p><w:r><w:t>{_leadingText}</w:t></w:r></w:p>{body}<w:sectPr>{(documentRelationships.Contains("header", StringComparison.Ordinal) ? "<w:headerReference w:type=\"default\" r:id=\"rId8\"/>" : "")}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>"""),
            ("word/_rels/document.xml.rels", Relationships(documentRelationships)),
        };
        parts.AddRange(extra);
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(content));
            }
        }
        return stream.ToArray();
    }

    /// <summary>A PNG of one colour, written by hand so the test needs no imaging library.</summary>
    private static byte[] FlatPng(int width, int height)
    {
        var raw = new byte[height * (1 + width * 3)];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var at = y * (1 + width * 3) + 1 + x * 3;
                (raw[at], raw[at + 1], raw[at + 2]) = ((byte)0xD0, (byte)0x10, (byte)0x40);
            }
        }
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(raw);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        (header[8], header[9]) = (8, 2);
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.HashToUInt32(typed));
        png.Write(crc);
    }
}
