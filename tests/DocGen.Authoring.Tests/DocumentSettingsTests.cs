using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Authoring.Tests;

public sealed class DocumentSettingsTests
{
    [Fact]
    public void DefaultPageIsA4PortraitWithGbT9704Margins()
    {
        using var form = CompiledForm.From(".p 正文");

        var section = form.Body.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal(2098, margin.Top!.Value);
        Assert.Equal(1474u, margin.Right!.Value);
        Assert.Equal(1984, margin.Bottom!.Value);
        Assert.Equal(1587u, margin.Left!.Value);
        Assert.Empty(section.Elements<FooterReference>());
    }

    [Fact]
    public void MarginsSettingIsInCentimetres()
    {
        using var form = CompiledForm.From(".margins 2 2 2 3\n.p 正文");

        var margin = form.Body.Descendants<PageMargin>().Single();
        Assert.Equal(1134, margin.Top!.Value);
        Assert.Equal(1701u, margin.Left!.Value);
    }

    [Fact]
    public void LandscapePageSwapsTheSheet()
    {
        using var form = CompiledForm.From(".page A4 landscape\n.p 正文");

        var size = form.Body.Descendants<PageSize>().Single();
        Assert.Equal(16838u, size.Width!.Value);
        Assert.Equal(PageOrientationValues.Landscape, size.Orient!.Value);
    }

    [Fact]
    public void SectionLandscapeStartsARotatedSectionWithTheSameMargins()
    {
        using var form = CompiledForm.From(".p 竖\n.section landscape\n.p 横\n.section portrait\n.p 竖");

        var sections = form.Body.Descendants<SectionProperties>().ToArray();
        Assert.Equal(3, sections.Length);
        Assert.Null(sections[0].GetFirstChild<PageSize>()!.Orient);
        var landscape = sections[1];
        Assert.Equal(PageOrientationValues.Landscape, landscape.GetFirstChild<PageSize>()!.Orient!.Value);
        var margin = landscape.GetFirstChild<PageMargin>()!;
        Assert.Equal(1587, margin.Top!.Value); // the bound edge of the portrait page goes to the top
        Assert.Equal(2098u, margin.Right!.Value);
        Assert.Null(sections[2].GetFirstChild<PageSize>()!.Orient);
        // the first two sections end on the last paragraph of their content, not on an extra one
        Assert.Equal("竖", sections[0].Ancestors<Paragraph>().Single().InnerText);
    }

    [Fact]
    public void PageBreakBeforeASectionIsNotDoubled()
    {
        using var form = CompiledForm.From(".p 甲\n.pagebreak\n.section landscape\n.p 乙");

        Assert.Empty(form.Body.Descendants<Break>());
        Assert.Equal(2, form.Body.Descendants<SectionProperties>().Count());
    }

    [Fact]
    public void FooterPagenumberAddsACentredPageFieldBetweenDashes()
    {
        using var form = CompiledForm.From(".footer pagenumber\n.p 正文\n.section landscape\n.p 横");

        var footerPart = Assert.Single(form.Document.MainDocumentPart!.FooterParts);
        var paragraph = footerPart.Footer!.Elements<Paragraph>().Single();
        Assert.Equal(" PAGE ", paragraph.Descendants<SimpleField>().Single().Instruction!.Value);
        Assert.Equal("— 1 —", paragraph.InnerText);
        var id = form.Document.MainDocumentPart.GetIdOfPart(footerPart);
        Assert.All(form.Body.Descendants<SectionProperties>(), s => Assert.Equal(id, s.GetFirstChild<FooterReference>()!.Id!.Value));
    }

    [Fact]
    public void PropertyTitleSetsTheCoreTitle()
    {
        using var form = CompiledForm.From(".property Title 广州市绿色制造优秀案例征集表（企业）   // core document property\n.p 正文");

        Assert.Equal("广州市绿色制造优秀案例征集表（企业）", form.Document.PackageProperties.Title);
        Assert.Null(form.Document.PackageProperties.Created);
    }
}
