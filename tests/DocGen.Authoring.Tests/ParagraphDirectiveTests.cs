using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Authoring.Tests;

public sealed class ParagraphDirectiveTests
{
    [Theory]
    [InlineData(".attachment 附件1", "Attachment")]
    [InlineData(".title 申报表", "Title")]
    [InlineData(".subtitle （2025年度）", "Subtitle")]
    [InlineData(".h1 一、基本情况", "Heading1")]
    [InlineData(".h2 （一）企业概况", "Heading2")]
    [InlineData(".h3 1. 主要产品", "Heading3")]
    [InlineData(".p 正文", "Body")]
    [InlineData(".text 填写说明", "TextLeft")]
    [InlineData(".center 居中", "Centered")]
    [InlineData(".right （公章）", "RightAligned")]
    public void EachBlockDirectiveGivesAParagraphInItsNamedStyle(string source, string styleId)
    {
        using var form = CompiledForm.From(source);

        var paragraph = Assert.Single(form.Paragraphs());
        Assert.Equal(styleId, paragraph.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal(source[(source.IndexOf(' ') + 1)..], paragraph.InnerText);
        Assert.Contains(form.Styles.Elements<Style>(), s => s.StyleId == styleId);
    }

    [Fact]
    public void StylesCarryTheOfficialFontsSizesAndSpacing()
    {
        using var form = CompiledForm.From(".p 正文");
        Style Get(string id) => form.Styles.Elements<Style>().Single(s => s.StyleId == id);

        var title = Get("Title");
        Assert.Equal("方正小标宋简体", title.StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("44", title.StyleRunProperties.FontSize!.Val!.Value);
        Assert.Equal(JustificationValues.Center, title.StyleParagraphProperties!.Justification!.Val!.Value);
        Assert.Null(title.StyleRunProperties.Bold);

        var heading1 = Get("Heading1").StyleRunProperties!.RunFonts!;
        Assert.All(new[] { heading1.Ascii!.Value, heading1.HighAnsi!.Value, heading1.EastAsia!.Value, heading1.ComplexScript!.Value }, f => Assert.Equal("黑体", f));
        Assert.Equal("楷体_GB2312", Get("Heading2").StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal(200, Get("Heading2").StyleParagraphProperties!.Indentation!.FirstLineChars!.Value);
        Assert.NotNull(Get("Heading3").StyleRunProperties!.Bold);
        Assert.Equal(200, Get("Body").StyleParagraphProperties!.Indentation!.FirstLineChars!.Value);

        var normal = Get("Normal").StyleParagraphProperties!.SpacingBetweenLines!;
        Assert.Equal("560", normal.Line!.Value);
        Assert.Equal(LineSpacingRuleValues.Exact, normal.LineRule!.Value);
        var table = Get("TableText").StyleParagraphProperties!.SpacingBetweenLines!;
        Assert.Equal(LineSpacingRuleValues.Auto, table.LineRule!.Value);
        Assert.Equal("240", table.Line!.Value);

        var defaults = form.Styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("仿宋_GB2312", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("32", defaults.FontSize!.Val!.Value);
    }

    [Fact]
    public void FontSettingChangesTheBodyFontSizeAndTheIndentInTwips()
    {
        using var form = CompiledForm.From(".font 宋体 小四\n.p 正文");

        var defaults = form.Styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("宋体", defaults.RunFonts!.EastAsia!.Value);
        Assert.Equal("24", defaults.FontSize!.Val!.Value);
        var body = form.Styles.Elements<Style>().Single(s => s.StyleId == "Body");
        Assert.Equal("480", body.StyleParagraphProperties!.Indentation!.FirstLine!.Value);
    }

    [Fact]
    public void BlockOptionsBecomeDirectFormatting()
    {
        using var form = CompiledForm.From(".p{font=黑体,size=14,bold,align=center,indent=0,before=6,after=6,line=28,keep} 文字");

        var paragraph = Assert.Single(form.Paragraphs());
        var properties = paragraph.ParagraphProperties!;
        Assert.NotNull(properties.KeepNext);
        Assert.Equal(JustificationValues.Center, properties.Justification!.Val!.Value);
        Assert.Equal(0, properties.Indentation!.FirstLineChars!.Value);
        Assert.Equal("120", properties.SpacingBetweenLines!.Before!.Value);
        Assert.Equal("120", properties.SpacingBetweenLines.After!.Value);
        Assert.Equal("560", properties.SpacingBetweenLines.Line!.Value);
        Assert.Equal(LineSpacingRuleValues.Exact, properties.SpacingBetweenLines.LineRule!.Value);

        var run = Assert.Single(paragraph.Elements<Run>()).RunProperties!;
        Assert.Equal("黑体", run.RunFonts!.EastAsia!.Value);
        Assert.Equal("黑体", run.RunFonts.Ascii!.Value);
        Assert.Equal("28", run.FontSize!.Val!.Value);
        Assert.NotNull(run.Bold);
    }

    [Fact]
    public void IndentOptionCountsCharactersOfTheParagraphSize()
    {
        using var form = CompiledForm.From(".text{indent=2,size=12} 文字");

        var indentation = form.Paragraphs()[0].ParagraphProperties!.Indentation!;
        Assert.Equal(200, indentation.FirstLineChars!.Value);
        Assert.Equal("480", indentation.FirstLine!.Value);
    }

    [Fact]
    public void BoldAndUnderlineMarksMakeFormattedRuns()
    {
        using var form = CompiledForm.From(".p 甲**乙**丙__　　　　__丁");

        var runs = form.Paragraphs()[0].Elements<Run>().ToArray();
        Assert.Equal(["甲", "乙", "丙", "　　　　", "丁"], runs.Select(r => r.InnerText));
        Assert.NotNull(runs[1].RunProperties!.Bold);
        Assert.Equal(UnderlineValues.Single, runs[3].RunProperties!.Underline!.Val!.Value);
        Assert.Null(runs[0].RunProperties);
    }

    [Fact]
    public void UnderscoreRunsThatAreNotPairsStayLiteralBlanks()
    {
        using var form = CompiledForm.From(".p （单位：_____）");

        var run = Assert.Single(form.Paragraphs()[0].Elements<Run>());
        Assert.Equal("（单位：_____）", run.InnerText);
    }

    [Fact]
    public void BackslashNInAParagraphIsALineBreakAndEscapedBarIsABar()
    {
        using var form = CompiledForm.From(@".p 第一行\n第二行\|");

        var paragraph = Assert.Single(form.Paragraphs());
        Assert.Single(paragraph.Descendants<Break>());
        Assert.Equal("第一行第二行|", paragraph.InnerText);
    }

    [Fact]
    public void BlankGivesTheRequestedNumberOfEmptyParagraphs()
    {
        using var form = CompiledForm.From(".p 甲\n.blank\n.blank 4\n.p 乙");

        var paragraphs = form.Paragraphs();
        Assert.Equal(7, paragraphs.Length);
        Assert.All(paragraphs[1..6], p => Assert.Empty(p.Elements<Run>()));
    }

    [Fact]
    public void PagebreakIsAPageBreakRun()
    {
        using var form = CompiledForm.From(".p 甲\n.pagebreak\n.p 乙");

        var pageBreak = Assert.Single(form.Body.Descendants<Break>());
        Assert.Equal(BreakValues.Page, pageBreak.Type!.Value);
    }

    [Fact]
    public void CommentsAndBlankLinesAreIgnored()
    {
        using var form = CompiledForm.From("// 注释\n\n   \n.p 正文\r\n// 结尾");

        Assert.Single(form.Paragraphs());
    }
}
