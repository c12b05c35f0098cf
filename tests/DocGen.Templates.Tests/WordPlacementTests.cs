using System.IO.Compression;
using System.Text;
using System.Text.Json;
using DocGen.Templates.Engine;
using DocGen.Templates.Tests.Corpus;
using static DocGen.Templates.Tests.Support.TestDocx;

namespace DocGen.Templates.Tests;

/// <summary>Where block tags stand beside breaks, section properties, tables and text, and how packages are found.</summary>
public sealed class WordPlacementTests
{
    private const string PageBreak = "<w:r><w:br w:type=\"page\"/></w:r>";
    private const string Landscape = "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/></w:sectPr>";

    private static string Run(string text) => $"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>";

    private static int Count(byte[] docx, string localName) => Part(docx).Descendants(W + localName).Count();

    [Fact]
    public void APageBreakBesideAForTagSurvivesOnceAndOnlyTheTagGoes()
    {
        var body = P("封面") + $"<w:p>{Run("{{ for x in xs }}")}{PageBreak}</w:p>" + P("{{ x }}") + P("{{ end }}");
        var doc = Render(body, """{"xs":["甲","乙"]}""");
        Assert.Equal(1, Part(doc).Descendants(W + "br").Count(b => (string?)b.Attribute(W + "type") == "page"));
        Assert.Equal("封面\n\n\n甲\n乙", Text(doc)); // the kept break prints as a line of its own
    }

    [Fact]
    public void APageBreakAfterAnEndTagSurvivesAnEmptyLoop()
    {
        var body = P("{{ for x in xs }}") + P("{{ x }}") + $"<w:p>{Run("{{ end }}")}{PageBreak}</w:p>" + P("附件");
        Assert.Equal(1, Count(Render(body, """{"xs":[]}"""), "br"));
    }

    [Fact]
    public void SectionPropertiesInAnEndMarkerSurviveOnceHoweverManyRepetitions()
    {
        var body = P("{{ for x in xs }}") + P("{{ x }}") + $"<w:p><w:pPr>{Landscape}</w:pPr>{Run("{{ end }}")}</w:p>" + P("附表");
        var doc = Render(body, """{"xs":["甲","乙","丙"]}""");
        Assert.Equal(2, Count(doc, "sectPr"));
        Assert.Equal("甲\n乙\n丙\n\n附表", Text(doc));
    }

    [Fact]
    public void SectionPropertiesInTheParagraphOfAFalseConditionSurvive()
    {
        var body = $"<w:p><w:pPr>{Landscape}</w:pPr>{Run("{{ if show }}")}</w:p>" + P("隐藏") + P("{{ end }}");
        var doc = Render(body, """{"show":false}""");
        Assert.Equal(2, Count(doc, "sectPr"));
        Assert.DoesNotContain("隐藏", Text(doc));
    }

    [Fact]
    public void ATableWhoseRowsAllLoopOverAnEmptyListIsRemoved()
    {
        var body = P("前") + Table(2, Row(Cell("{{ for x in xs }}{{ x }}"), Cell("{{ end }}"))) + P("后");
        var doc = Render(body, """{"xs":[]}""");
        Assert.Equal(0, Count(doc, "tbl"));
        Assert.Equal("前\n后", Text(doc));
    }

    [Fact]
    public void ATableWhoseLoopRowsStandInAContentControlIsRemovedWhenTheLoopIsEmpty()
    {
        var rows = "<w:sdt><w:sdtPr><w:id w:val=\"7\"/></w:sdtPr><w:sdtContent>" + Row(Cell("{{ for x in xs }}{{ x }}"), Cell("{{ end }}")) + "</w:sdtContent></w:sdt>";
        Assert.Equal(0, Count(Render(P("前") + Table(2, rows) + P("后"), """{"xs":[]}"""), "tbl"));
        Assert.Equal(3, Count(Render(P("前") + Table(2, rows) + P("后"), """{"xs":["甲","乙","丙"]}"""), "tr"));
    }

    [Fact]
    public void ATableKeepsItsHeaderRowWhenItsConditionalRowsAreRemoved()
    {
        var body = Table(2, Row(Cell("序号"), Cell("名称")), Row(Cell("{{ if show }}1"), Cell("甲{{ end }}"))) + P("");
        var doc = Render(body, """{"show":false}""");
        Assert.Equal(1, Count(doc, "tr"));
    }

    [Fact]
    public void TextBeforeAForTagAndAfterItsEndPrintsOnce()
    {
        var body = P("参与单位：{{ for m in members }}") + P("{{ m }}") + P("{{ end }}以上单位已盖章");
        Assert.Equal("参与单位：\n甲\n乙\n以上单位已盖章", Text(Render(body, """{"members":["甲","乙"]}""")));
    }

    [Fact]
    public void TextBesideTheTagsOfAFalseConditionIsNeverHidden()
    {
        var body = P("备注：{{ if show }}") + P("保密") + P("{{ end }}（完）");
        Assert.Equal("备注：\n（完）", Text(Render(body, """{"show":false}""")));
    }

    [Fact]
    public void TextAroundAnInlineLoopPrintsOnce()
    {
        Assert.Equal("成员：甲、乙、。", Text(Render(P("成员：{{ for m in members }}{{ m }}、{{ end }}。"), """{"members":["甲","乙"]}""")));
    }

    [Fact]
    public void ARepeatedGoBackBookmarkIsDroppedAndANamedOneRenamed()
    {
        var body = P("{{ for x in xs }}")
            + "<w:p><w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"0\"/><w:bookmarkStart w:id=\"1\" w:name=\"项目\"/>" + Run("{{ x }}") + "<w:bookmarkEnd w:id=\"1\"/></w:p>"
            + P("{{ end }}");
        var starts = Part(Render(body, """{"xs":["甲","乙","丙"]}""")).Descendants(W + "bookmarkStart").ToList();
        Assert.Equal(["_GoBack", "项目", "项目_2", "项目_3"], starts.Select(b => (string?)b.Attribute(W + "name")));
        Assert.Equal(4, starts.Select(b => (string?)b.Attribute(W + "id")).Distinct().Count());
    }

    [Fact]
    public void FieldsPassThroughUntouched()
    {
        var field = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + Run("目录") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        var doc = Render($"<w:p>{field}</w:p>" + "<w:p><w:fldSimple w:instr=\" PAGE \">" + Run("1") + "</w:fldSimple></w:p>" + P("{{ a }}"), """{"a":"值"}""");
        var part = Part(doc);
        Assert.Equal(" TOC \\o \"1-3\" \\h ", part.Descendants(W + "instrText").Single().Value);
        Assert.Equal(" PAGE ", (string?)part.Descendants(W + "fldSimple").Single().Attribute(W + "instr"));
        Assert.Equal(3, Count(doc, "fldChar"));
    }

    [Fact]
    public void AMainPartNamedDocument2IsFoundThroughThePackageRelationships()
    {
        var package = new WordPackage(WordFlavour.WordWeb);
        var writer = new WordWriter(WordFlavour.WordWeb);
        var header = package.Add("header", $"<w:hdr {WordPackage.Namespaces}>{writer.Typed("{{ b }}")}</w:hdr>");
        package.Body = writer.Typed("{{ a }}") + WordWriter.Section(header);
        var doc = Render(package.Build(), """{"a":"正文值","b":"页眉值"}""");
        Assert.Equal("正文值\n页眉值", new RenderedDocument(doc).Text);
    }

    [Fact]
    public void AFilledDocumentSavedByWordForTheWebIsReadFromItsMainPart()
    {
        var package = new WordPackage(WordFlavour.WordWeb) { Body = new WordWriter(WordFlavour.WordWeb).Typed("企业名称：河南绿源科技有限公司") };
        Assert.Contains("河南绿源科技有限公司", DocGen.Templates.Extraction.FilledDocument.Read(package.Build()).Text);
    }

    [Fact]
    public void APackageWhoseMainPartIsNotAWordDocumentIsRefused()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>""");
            Write(zip, "_rels/.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Write(zip, "xl/workbook.xml", "<workbook/>");
        }
        var diagnostic = Assert.Single(DocxTemplate.Compile(stream.ToArray()).Diagnostics);
        Assert.Equal("DG0109", diagnostic.Code);
        Assert.Contains("not a Word document", diagnostic.Message);
    }

    [Fact]
    public void AnImageAddedToADocument2PackageIsRelatedToThatPart()
    {
        var package = new WordPackage(WordFlavour.WordWeb) { Body = new WordWriter(WordFlavour.WordWeb).Typed("{{ photo | image }}") };
        var doc = Render(package.Build(), $$"""{"photo":"{{Convert.ToBase64String(WordPackage.Png)}}"}""");
        using var zip = new ZipArchive(new MemoryStream(doc));
        using var reader = new StreamReader(zip.GetEntry("word/_rels/document2.xml.rels")!.Open());
        Assert.Contains("Target=\"media/dgimage1.png\"", reader.ReadToEnd());
    }

    [Fact]
    public void AnImageInAFilledDocument2PackageIsReadBack()
    {
        var package = new WordPackage(WordFlavour.WordWeb) { Body = new WordWriter(WordFlavour.WordWeb).Typed("{{ photo | image }}") };
        var photo = Convert.ToBase64String(WordPackage.Png);
        var doc = Render(package.Build(), $$"""{"photo":"{{photo}}"}""");
        var images = DocGen.Templates.Extraction.FilledDocument.Read(doc).Paragraphs.SelectMany(p => p.Images);
        Assert.Equal([photo], images);
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var entry = zip.CreateEntry(name).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }
}
