using System.IO.Compression;
using System.Text;
using DocGen.Templates.Engine;
using DocGen.Templates.Packaging;
using static DocGen.Templates.Tests.Support.TestDocx;

namespace DocGen.Templates.Tests;

/// <summary>
/// Everything in a template that makes a converter fetch a URL or read a file of the server is refused with DG0112
/// naming the part and the relationship or field (a document about to be converted loses them: DocGen.Conversion.Tests DocumentPreparationTests).
/// </summary>
public sealed class ExternalReferenceTests
{
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string Canary = "http://127.0.0.1:9/canary.png";
    private const string LocalFile = "file:///etc/docgen-secret.png";

    private static string Relationship(string id, string type, string target, bool external = true) =>
        $"""<Relationship Id="{id}" Type="{Rel}/{type}" Target="{target}"{(external ? " TargetMode=\"External\"" : "")}/>""";

    private static string LinkedPicture(string id) =>
        $"""<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="952500" cy="952500"/><wp:docPr id="1" name="p"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="p"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:link="{id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>""";

    /// <summary>A complex field whose instruction Word split over several runs, with a nested field inside it.</summary>
    private static string ComplexField(params string[] instructionPieces) =>
        "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        + string.Concat(instructionPieces.Select(piece => $"<w:r><w:instrText xml:space=\"preserve\">{piece}</w:instrText></w:r>"))
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>结果</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";

    private static string SimpleField(string instruction) => $"<w:p><w:fldSimple w:instr=\"{instruction}\"><w:r><w:t>结果</w:t></w:r></w:fldSimple></w:p>";

    /// <summary>A template with the given body, main-part relationships and extra parts (name, content).</summary>
    private static byte[] Package(string body, string relationships = "", params (string Name, string Content)[] extra) =>
        Edited(FromBody(body), AddingMainRelationships(relationships), [.. extra.Select(e => (e.Name, Encoding.UTF8.GetBytes(e.Content)))]);

    private static string Relationships(string content) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{content}</Relationships>""";

    private static string Header(string body) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="{Rel}">{body}</w:hdr>""";

    private static Diagnostics.Diagnostic Refused(byte[] template)
    {
        var compilation = DocxTemplate.Compile(template);
        Assert.False(compilation.Succeeded);
        return Assert.Single(compilation.Diagnostics, d => d.Code == "DG0112");
    }

    private static string AllParts(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        return string.Concat(zip.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
    }

    public static TheoryData<string, string, string> RelationshipRoutes => new()
    {
        { "linked picture to the network", "image", Canary },
        { "linked picture from the disk", "image", LocalFile },
        { "linked OLE object", "oleObject", "file:///etc/passwd" },
        { "subdocument", "subDocument", "file:///srv/secret.docx" },
        { "frame", "frame", Canary },
        { "hyperlink to a local file", "hyperlink", "file:///etc/passwd" },
        { "hyperlink to a Windows share", "hyperlink", @"\\server\share\x.docx" },
        { "picture whose internal target is a URL", "image", "file:///etc/hostname" },
    };

    [Theory]
    [MemberData(nameof(RelationshipRoutes))]
    public void AnExternalRelationshipOfTheBodyIsRefusedNamingThePartAndTheRelationship(string route, string type, string target)
    {
        var error = Refused(Package(LinkedPicture("rId9") + P("{{ name }}"), Relationship("rId9", type, target, external: !route.Contains("internal"))));

        Assert.Equal("word/document.xml", error.Location);
        Assert.Contains("relationship rId9", error.Message);
        Assert.Contains("word/_rels/document.xml.rels", error.Message);
        Assert.Contains(target, error.Message);
    }

    [Fact]
    public void ALinkedPictureInAHeaderIsRefusedNamingTheHeader()
    {
        var template = Package(P("{{ name }}"), Relationship("rId7", "header", "header1.xml", external: false),
            ("word/header1.xml", Header(LinkedPicture("rId1"))),
            ("word/_rels/header1.xml.rels", Relationships(Relationship("rId1", "image", Canary))));

        var error = Refused(template);

        Assert.Equal("word/header1.xml", error.Location);
        Assert.Contains("word/_rels/header1.xml.rels", error.Message);
    }

    [Fact]
    public void AnAttachedTemplateInTheSettingsIsRefused()
    {
        var template = Package(P("x"), Relationship("rId8", "settings", "settings.xml", external: false),
            ("word/settings.xml", """<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:attachedTemplate r:id="rId1"/></w:settings>"""),
            ("word/_rels/settings.xml.rels", Relationships(Relationship("rId1", "attachedTemplate", "file:///srv/evil.dotm"))));

        var error = Refused(template);

        Assert.Equal("word/settings.xml", error.Location);
        Assert.Contains("attachedTemplate", error.Message);
    }

    [Fact]
    public void AnAltChunkIsRefusedEvenWhenItsPartIsInsideThePackage()
    {
        var template = Package(P("x") + "<w:altChunk r:id=\"rId5\"/>", Relationship("rId5", "aFChunk", "chunk.html", external: false),
            ("word/chunk.html", $"<html><body><img src=\"{Canary}\"></body></html>"));

        var diagnostics = DocxTemplate.Compile(template).Diagnostics.Where(d => d.Code == "DG0112").ToList();

        Assert.Contains(diagnostics, d => d.Message.Contains("relationship rId5") && d.Message.Contains("altChunk"));
        Assert.Contains(diagnostics, d => d.Location == "word/document.xml" && d.Message.StartsWith("an alternative-format chunk", StringComparison.Ordinal));
    }

    public static TheoryData<string> FetchingInstructions => new()
    {
        $" INCLUDEPICTURE \"{Canary}\" \\d ",
        $"INCLUDEPICTURE \"{LocalFile}\"",
        "INCLUDETEXT \"C:\\\\secret.docx\"",
        "LINK Word.Document.12 \"file:///etc/passwd\" \"\" \\a",
        "DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc\"",
        "DDE excel \"c:\\\\x.xls\" \"a1\"",
        "IMPORT \"file:///etc/hostname\"",
        "DATABASE \\d \"c:\\\\db.mdb\" \\s \"select *\"",
        "HYPERLINK \"file:///etc/passwd\"",
        "HYPERLINK \"\\\\\\\\server\\\\share\"",
    };

    [Theory]
    [MemberData(nameof(FetchingInstructions))]
    public void AFetchingSimpleFieldIsRefused(string instruction)
    {
        var error = Refused(Package(SimpleField(instruction.Replace("\"", "&quot;"))));
        Assert.Equal("word/document.xml", error.Location);
    }

    [Theory]
    [MemberData(nameof(FetchingInstructions))]
    public void AFetchingComplexFieldSplitAcrossRunsIsRefused(string instruction)
    {
        var third = instruction.Length / 3;
        var pieces = new[] { instruction[..third], instruction[third..(2 * third)], instruction[(2 * third)..] }.Select(p => p.Replace("&", "&amp;").Replace("<", "&lt;"));

        var error = Refused(Package(ComplexField([.. pieces])));

        Assert.Equal("word/document.xml", error.Location);
    }

    [Fact]
    public void AFetchingFieldInsideAFootnoteIsRefusedNamingTheFootnotes()
    {
        var template = Package(P("x"), Relationship("rId6", "footnotes", "footnotes.xml", external: false),
            ("word/footnotes.xml", $"""<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:id="1">{ComplexField("INCLUDE", "PICTURE \"", Canary, "\"")}</w:footnote></w:footnotes>"""));

        Assert.Equal("word/footnotes.xml", Refused(template).Location);
    }

    [Fact]
    public void AFieldNestedInAnInstructionIsJudgedByItsOwnInstruction()
    {
        var nested = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>INCLUDEPICTURE \"</w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> QUOTE x </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:r><w:instrText>\"</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";

        Assert.Contains("INCLUDEPICTURE", Refused(Package(nested)).Message);
    }

    [Theory]
    [InlineData("<v:imagedata r:href=\"rId4\"/>", true)]
    [InlineData($"<v:imagedata src=\"{LocalFile}\"/>", false)]
    [InlineData($"<v:imagedata o:href=\"{Canary}\"/>", false)]
    public void AVmlPictureLinkIsRefused(string imageData, bool throughRelationship)
    {
        var shape = $"""<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" style="width:50pt;height:50pt">{imageData}</v:shape></w:pict></w:r></w:p>""";

        var error = Refused(Package(shape, throughRelationship ? Relationship("rId4", "image", LocalFile) : ""));

        Assert.Equal("word/document.xml", error.Location);
    }

    [Fact]
    public void WebAndMailHyperlinksAndOrdinaryFieldsStay()
    {
        var body = P("{{ name }}") + "<w:p><w:hyperlink r:id=\"rId3\"><w:r><w:t>网站</w:t></w:r></w:hyperlink><w:hyperlink r:id=\"rId4\"><w:r><w:t>邮件</w:t></w:r></w:hyperlink></w:p>"
            + SimpleField("PAGE") + ComplexField(" NUMPAGES ") + ComplexField("HYPERLINK \"https://www.miit.gov.cn\"") + ComplexField("HYPERLINK \\l \"section2\"");
        var template = Package(body, Relationship("rId3", "hyperlink", "https://www.miit.gov.cn/") + Relationship("rId4", "hyperlink", "mailto:a@b.cn"));

        var compilation = DocxTemplate.Compile(template);

        Assert.True(compilation.Succeeded, string.Join("\n", compilation.Diagnostics));
    }
}
