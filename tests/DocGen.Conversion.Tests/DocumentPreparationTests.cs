using System.IO.Compression;
using System.Text;
using System.Xml;
using DocGen.Conversion.Preparation;
using DocGen.Conversion.Tests.Linking;
using DocGen.Templates.Engine;

namespace DocGen.Conversion.Tests;

/// <summary>What a document loses, and what is learnt of it, in the one pass before a worker sees it.</summary>
public sealed class DocumentPreparationTests
{
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string Canary = "http://127.0.0.1:9/canary";

    [Fact]
    public void A_document_with_nothing_to_remove_goes_on_as_the_same_array_with_its_cost_and_fonts()
    {
        var docx = TestDocuments.FilledForm();

        var prepared = PreparedDocument.Prepare(docx, null);

        Assert.Same(docx, prepared.Docx);
        Assert.True(prepared.Cost.TableRows > 0);
        Assert.Equal(["Times New Roman", "仿宋_GB2312", "宋体", "方正小标宋简体", "黑体"], prepared.FontFamilies.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Families_the_caller_knows_are_not_looked_for_in_the_document()
    {
        IReadOnlyCollection<string> template = ["宋体"];

        var prepared = PreparedDocument.Prepare(TestDocuments.FilledForm(), template);

        Assert.Same(template, prepared.FontFamilies);
    }

    [Fact]
    public void Every_linking_route_loses_what_it_links_to_and_keeps_its_text()
    {
        using var documents = new LinkingDocuments(Canary);

        foreach (var (route, docx) in documents.All())
        {
            var prepared = PreparedDocument.Prepare(docx, null).Docx;

            // An imported chunk's own part stays in the package, but nothing points at it any more.
            var text = XmlParts(prepared);
            Assert.False(text.Contains(Canary, StringComparison.Ordinal), route);
            Assert.False(text.Contains(documents.PictureFile, StringComparison.Ordinal) || text.Contains(documents.TextFile, StringComparison.Ordinal), route);
            Assert.True(text.Contains("首段", StringComparison.Ordinal), route);
            Assert.DoesNotContain(DocxTemplate.Compile(prepared).Diagnostics, d => d.Code == "DG0112");
        }
    }

    [Fact]
    public void Web_and_mail_hyperlinks_and_ordinary_fields_stay()
    {
        var docx = TestDocuments.WithRelationships(
            "<w:p><w:hyperlink r:id=\"rId3\" xmlns:r=\"" + Rel + "\"><w:r><w:t>网站</w:t></w:r></w:hyperlink></w:p>"
            + "<w:p><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>"
            + "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>HYPERLINK \"https://www.miit.gov.cn\"</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>",
            $"<Relationship Id=\"rId3\" Type=\"{Rel}/hyperlink\" Target=\"https://www.miit.gov.cn/\" TargetMode=\"External\"/>"
            + $"<Relationship Id=\"rId4\" Type=\"{Rel}/hyperlink\" Target=\"mailto:a@b.cn\" TargetMode=\"External\"/>");

        Assert.Same(docx, PreparedDocument.Prepare(docx, null).Docx);
    }

    [Fact]
    public void A_part_with_a_fetching_field_and_a_comment_loses_both_in_one_rewrite()
    {
        var docx = TestDocuments.WithRelationships(
            "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>保留的文字</w:t></w:r><w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>"
            + $"<w:p><w:fldSimple w:instr=\"INCLUDEPICTURE &quot;{Canary}.png&quot;\"><w:r><w:t>结果</w:t></w:r></w:fldSimple></w:p>",
            $"<Relationship Id=\"rId5\" Type=\"{Rel}/comments\" Target=\"comments.xml\"/>");

        var prepared = PreparedDocument.Prepare(docx, null);

        var body = Part(prepared.Docx, "word/document.xml");
        Assert.DoesNotContain("comment", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, body, StringComparison.Ordinal);
        Assert.Contains("保留的文字", body, StringComparison.Ordinal);
        Assert.Equal(2, prepared.Cost.Paragraphs);
    }

    [Fact]
    public void A_part_nested_too_deep_to_rewrite_is_refused_rather_than_passed_on_with_its_link()
    {
        var nested = string.Concat(Enumerable.Repeat("<w:customXml w:element=\"x\">", 300)) + $"<w:p><w:fldSimple w:instr=\"INCLUDEPICTURE &quot;{Canary}.png&quot;\"/></w:p>"
            + string.Concat(Enumerable.Repeat("</w:customXml>", 300));

        Assert.ThrowsAny<XmlException>(() => PreparedDocument.Prepare(TestDocuments.WithRelationships(nested, ""), null));
    }

    [Fact]
    public void A_package_that_cannot_be_read_is_not_passed_on_unchecked()
    {
        Assert.Throws<InvalidDataException>(() => PreparedDocument.Prepare(Encoding.ASCII.GetBytes("not a zip"), null));
    }

    private static string Part(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static string XmlParts(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        return string.Concat(zip.Entries.Where(e => e.Name.EndsWith(".xml", StringComparison.Ordinal) || e.Name.EndsWith(".rels", StringComparison.Ordinal)).Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
    }
}
