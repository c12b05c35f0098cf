using System.Text;
using DocGen.Templates.Inspection;
using static DocGen.Templates.Tests.Support.TestDocx;

namespace DocGen.Templates.Tests;

/// <summary>Places a person finds in Word: text boxes written twice by Word, and headers and footers by Word's own names.</summary>
public sealed class WordPlaceNamesTests
{
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A paragraph with a floating text box as Word writes it: a DrawingML shape, and its VML copy for older readers.</summary>
    private static string TextBox(string text) =>
        """<w:p><w:r><w:t>附件2</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>"""
        + P(text) + """</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"""
        + P(text) + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";

    [Fact]
    public void BothOfWordsCopiesOfATextBoxAreTheOneTextBoxAndItsTagsAreListedOnce()
    {
        var docx = FromBody(P("正文 {{ name }}") + TextBox("编号：{{ code") + P("{{ after }}"));

        var compilation = Engine.DocxTemplate.Compile(docx);
        var places = TagInventory.List(docx);

        Assert.Equal(["word/document.xml (text box 1, paragraph 1)"], compilation.Diagnostics.Where(d => d.Code == "DG0101").Select(d => d.Location).Distinct());
        Assert.Equal(
            [("{{ name }}", "word/document.xml (paragraph 1)"), ("{{ code", "word/document.xml (text box 1, paragraph 1)"), ("{{ after }}", "word/document.xml (paragraph 3)")],
            places.Select(p => (p.Tag, p.Location)));
    }

    [Fact]
    public void HeadersAndFootersAreNamedAsWordLabelsThemBySectionAndPages()
    {
        static string Section(string references) => $"<w:sectPr>{references}<w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>";
        static string Reference(string kind, string type, string id) => $"<w:{kind}Reference w:type=\"{type}\" r:id=\"{id}\"/>";
        var body = P("第一节") + $"<w:p><w:pPr>{Section(Reference("header", "first", "rH1") + Reference("footer", "default", "rF1"))}</w:pPr></w:p>" + P("第二节");
        var docx = Edited(FromBody(body),
            (part, text) => part switch
            {
                // The body's own (last) section: the one with page margins.
                "word/document.xml" => text.Replace("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar", "<w:sectPr>" + Reference("header", "default", "rH2") + Reference("footer", "even", "rF2") + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar", StringComparison.Ordinal),
                "word/_rels/document.xml.rels" => text.Replace("</Relationships>",
                    string.Concat(new[] { ("rH1", "header", "header1"), ("rF1", "footer", "footer1"), ("rH2", "header", "header2"), ("rF2", "footer", "footer2") }
                        .Select(r => $"<Relationship Id=\"{r.Item1}\" Type=\"{Relationships}/{r.Item2}\" Target=\"{r.Item3}.xml\"/>"))
                    + $"<Relationship Id=\"rS\" Type=\"{Relationships}/settings\" Target=\"settings.xml\"/></Relationships>", StringComparison.Ordinal),
                _ => text,
            },
            ("word/header1.xml", Part("hdr")), ("word/footer1.xml", Part("ftr")), ("word/header2.xml", Part("hdr")), ("word/footer2.xml", Part("ftr")),
            ("word/settings.xml", Encoding.UTF8.GetBytes("""<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:evenAndOddHeaders/></w:settings>""")));

        var names = HeaderFooterNames.Of(docx);

        Assert.Equal("首页页眉 -第 1 节-", names["word/header1.xml"]);
        Assert.Equal("奇数页页脚 -第 1 节-", names["word/footer1.xml"]);
        Assert.Equal("奇数页页眉 -第 2 节-", names["word/header2.xml"]);
        Assert.Equal("偶数页页脚 -第 2 节-", names["word/footer2.xml"]);
    }

    [Fact]
    public void TheFooterOfADocumentOfOneSectionIsJustTheFooter()
    {
        var docx = Edited(FromBody(P("正文")),
            (part, text) => part switch
            {
                "word/document.xml" => text.Replace("<w:sectPr>", """<w:sectPr><w:footerReference w:type="default" r:id="rF"/>""", StringComparison.Ordinal),
                "word/_rels/document.xml.rels" => text.Replace("</Relationships>", $"<Relationship Id=\"rF\" Type=\"{Relationships}/footer\" Target=\"footer1.xml\"/></Relationships>", StringComparison.Ordinal),
                _ => text,
            },
            ("word/footer1.xml", Part("ftr")));

        Assert.Equal("页脚", Assert.Single(HeaderFooterNames.Of(docx)).Value);
    }

    private static byte[] Part(string root) => Encoding.UTF8.GetBytes($"""<w:{root} xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">{P("— 1 —")}</w:{root}>""");
}
