using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Authoring.Tests;

public sealed class TableTests
{
    private const int PortraitTextWidth = 11906 - 1474 - 1587;

    [Fact]
    public void RelativeColsSpanTheTextWidthInAFixedGrid()
    {
        using var form = CompiledForm.From(".table{cols=3|7|3|7}\n| a | b | c | d |\n.end");

        var table = form.Table();
        var properties = table.GetFirstChild<TableProperties>()!;
        Assert.Equal(PortraitTextWidth.ToString(), properties.TableWidth!.Width!.Value);
        Assert.Equal(TableLayoutValues.Fixed, properties.TableLayout!.Type!.Value);
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToArray();
        Assert.Equal(PortraitTextWidth, grid.Sum());
        Assert.Equal([1327, 3096, 1326, 3096], grid);
        var cells = table.Elements<TableRow>().Single().Elements<TableCell>().Select(c => int.Parse(c.TableCellProperties!.TableCellWidth!.Width!.Value!));
        Assert.Equal(grid, cells);
    }

    [Fact]
    public void TableHasSingleBlackBordersAndSideCellMargins()
    {
        using var form = CompiledForm.From(".table{cols=1|1}\n| a | b |\n.end");

        var borders = form.Table().GetFirstChild<TableProperties>()!.TableBorders!;
        Assert.Equal(6, borders.ChildElements.Count);
        Assert.All(borders.ChildElements.Cast<BorderType>(), b =>
        {
            Assert.Equal(BorderValues.Single, b.Val!.Value);
            Assert.Equal("000000", b.Color!.Value);
        });
        var margins = form.Table().GetFirstChild<TableProperties>()!.TableCellMarginDefault!;
        Assert.Equal((short)108, margins.TableCellLeftMargin!.Width!.Value);
    }

    [Fact]
    public void LandscapeTablesSpanTheLandscapeTextWidth()
    {
        using var form = CompiledForm.From(".section landscape\n.table{cols=1|1}\n| a | b |\n.end");

        Assert.Equal((16838 - 2098 - 1984).ToString(), form.Table().GetFirstChild<TableProperties>()!.TableWidth!.Width!.Value);
    }

    [Fact]
    public void HorizontalMergeGivesOneCellWithGridSpan()
    {
        using var form = CompiledForm.From(".table{cols=3|7|3|7}\n| 企业名称（公章） | {{ company.name }} | > | > |\n.end");

        var cells = form.Table().Elements<TableRow>().Single().Elements<TableCell>().ToArray();
        Assert.Equal(2, cells.Length);
        Assert.Equal(3, cells[1].TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal((PortraitTextWidth - 1327).ToString(), cells[1].TableCellProperties!.TableCellWidth!.Width!.Value);
    }

    [Fact]
    public void VerticalMergeMarksRestartAndContinue()
    {
        using var form = CompiledForm.From(".table{cols=1|2|2}\n| 简介 | a | b |\n| ^ | c | > |\n| ^ | d | e |\n| f | g | h |\n.end");

        var rows = form.Table().Elements<TableRow>().Select(r => r.Elements<TableCell>().ToArray()).ToArray();
        Assert.Equal(MergedCellValues.Restart, rows[0][0].TableCellProperties!.VerticalMerge!.Val!.Value);
        Assert.Null(rows[1][0].TableCellProperties!.VerticalMerge!.Val);
        Assert.Null(rows[2][0].TableCellProperties!.VerticalMerge!.Val);
        Assert.Null(rows[3][0].TableCellProperties!.VerticalMerge);
        Assert.Null(rows[0][1].TableCellProperties!.VerticalMerge);
        Assert.Equal("", rows[1][0].InnerText);
        Assert.Single(rows[1][0].Elements<Paragraph>());
    }

    [Fact]
    public void MergedBlockSpansBothWays()
    {
        using var form = CompiledForm.From(".table{cols=1|1|1}\n| 项目 | > | x |\n| ^ | > | y |\n.end");

        var rows = form.Table().Elements<TableRow>().Select(r => r.Elements<TableCell>().ToArray()).ToArray();
        Assert.Equal(2, rows[1][0].TableCellProperties!.GridSpan!.Val!.Value);
        Assert.NotNull(rows[1][0].TableCellProperties!.VerticalMerge);
        Assert.Equal(MergedCellValues.Restart, rows[0][0].TableCellProperties!.VerticalMerge!.Val!.Value);
    }

    [Fact]
    public void CellOptionsAlignBoldAndTopAlign()
    {
        using var form = CompiledForm.From(".table{cols=1|1|1|1}\n| {c,b}名称 | {r}金额 | {top}说明 | 默认 |\n.end");

        var cells = form.Table().Descendants<TableCell>().ToArray();
        Assert.Equal(JustificationValues.Center, cells[0].Descendants<Justification>().Single().Val!.Value);
        Assert.NotNull(cells[0].Descendants<Run>().Single().RunProperties!.Bold);
        Assert.Equal("名称", cells[0].InnerText);
        Assert.Equal(JustificationValues.Right, cells[1].Descendants<Justification>().Single().Val!.Value);
        Assert.Equal(TableVerticalAlignmentValues.Top, cells[2].TableCellProperties!.TableCellVerticalAlignment!.Val!.Value);
        Assert.Equal(TableVerticalAlignmentValues.Center, cells[3].TableCellProperties!.TableCellVerticalAlignment!.Val!.Value);
        Assert.Empty(cells[3].Descendants<Justification>());
        Assert.All(cells, c => Assert.Equal("TableText", c.Descendants<ParagraphStyleId>().Single().Val!.Value));
    }

    [Fact]
    public void RowOptionsSetMinimumHeightHeaderAndCantSplit()
    {
        using var form = CompiledForm.From(".table{cols=1}\n| 表头 |  {header}\n| 简介 |  {h=4,cant-split}\n| 其他 |\n.end");

        var rows = form.Table().Elements<TableRow>().ToArray();
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        var height = rows[1].TableRowProperties!.GetFirstChild<TableRowHeight>()!;
        Assert.Equal(2268u, height.Val!.Value);
        Assert.Equal(HeightRuleValues.AtLeast, height.HeightType!.Value);
        Assert.NotNull(rows[1].TableRowProperties!.GetFirstChild<CantSplit>());
        Assert.Null(rows[2].TableRowProperties);
    }

    [Fact]
    public void BackslashNInACellStartsANewParagraph()
    {
        using var form = CompiledForm.From(@".table{cols=1}" + "\n" + @"| 第一段\n第二段 |" + "\n.end");

        var paragraphs = form.Table().Descendants<TableCell>().Single().Elements<Paragraph>().Select(p => p.InnerText);
        Assert.Equal(["第一段", "第二段"], paragraphs);
    }

    [Fact]
    public void EscapedBarIsCellTextNotABoundary()
    {
        using var form = CompiledForm.From(@".table{cols=1|1}" + "\n" + @"| a\|b | c |" + "\n.end");

        Assert.Equal(["a|b", "c"], form.Table().Descendants<TableCell>().Select(c => c.InnerText));
    }

    [Fact]
    public void TableFontAndSizeApplyToEveryRunAndEveryParagraphMark()
    {
        using var form = CompiledForm.From(".table{cols=1|1,font=黑体,size=10.5}\n| a | ^ |\n.end".Replace("^", "b"));

        Assert.All(form.Table().Descendants<Run>(), r =>
        {
            Assert.Equal("黑体", r.RunProperties!.RunFonts!.EastAsia!.Value);
            Assert.Equal("21", r.RunProperties.FontSize!.Val!.Value);
        });
        Assert.All(form.Table().Descendants<ParagraphMarkRunProperties>(), m => Assert.Equal("21", m.GetFirstChild<FontSize>()!.Val!.Value));
    }

    [Fact]
    public void DefaultTableTextIsTheBodyFontAtTwelvePointsWithoutDirectFormatting()
    {
        using var form = CompiledForm.From(".table{cols=1,font=仿宋_GB2312,size=12}\n| a |\n.end");

        Assert.Null(form.Table().Descendants<Run>().Single().RunProperties);
    }

    [Fact]
    public void DocumentEndingInATableGetsAOnePointClosingParagraph()
    {
        using var form = CompiledForm.From(".table{cols=1}\n| a |\n.end");

        var last = form.Body.Elements<Paragraph>().Last();
        Assert.IsType<Table>(last.PreviousSibling());
        Assert.Equal("20", last.ParagraphProperties!.SpacingBetweenLines!.Line!.Value);
    }
}
