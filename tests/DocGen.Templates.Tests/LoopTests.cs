using DocGen.Templates.Tests.Support;
using static DocGen.Templates.Tests.Support.TestDocx;

namespace DocGen.Templates.Tests;

public sealed class LoopTests
{
    [Fact]
    public void InlineLoopRepeatsTextInsideTheParagraph()
    {
        Assert.Equal("甲、乙、丙、", Text(Render(P("{{ for x in xs }}{{ x }}、{{ end }}"), """{"xs":["甲","乙","丙"]}""")));
    }

    [Fact]
    public void ParagraphLoopRepeatsParagraphsAndDropsMarkerParagraphs()
    {
        var body = P("标题") + P("{{ for p in items }}") + P("{{ for.index + 1 }}. {{ p.name }}") + P("{{ end }}") + P("结尾");
        Assert.Equal("标题\n1. 甲\n2. 乙\n结尾", Text(Render(body, """{"items":[{"name":"甲"},{"name":"乙"}]}""")));
    }

    [Fact]
    public void ParagraphLoopWithTagsInsideContentParagraphsKeepsThem()
    {
        var body = P("{{ for p in items }}项目：{{ p }}") + P("说明{{ end }}");
        Assert.Equal("项目：A\n说明\n项目：B\n说明", Text(Render(body, """{"items":["A","B"]}""")));
    }

    [Fact]
    public void RowLoopRepeatsOneTableRowWithSerialNumbers()
    {
        var body = Table(3,
            Row(Cell("序号"), Cell("名称"), Cell("行业")),
            Row(Cell("{{ for f in factories }}{{ for.index + 1 }}"), Cell("{{ f.name }}"), Cell("{{ f.industry }}{{ end }}")));
        var doc = Render(body, """{"factories":[{"name":"甲厂","industry":"C26"},{"name":"乙厂","industry":"C30"},{"name":"丙厂","industry":"C31"}]}""");
        var rows = Part(doc).Descendants(W + "tr").ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal("3丙厂C31", string.Concat(rows[3].Descendants(W + "t").Select(t => t.Value)));
    }

    [Fact]
    public void MinimumRepetitionsGiveEmptyNumberedRowsForABlankForm()
    {
        var body = Table(2, Row(Cell("{{ for f in factories min:3 }}{{ for.index + 1 }}"), Cell("{{ f.name }}{{ end }}")));
        var rows = Part(Render(body, "{}")).Descendants(W + "tr").Select(r => string.Concat(r.Descendants(W + "t").Select(t => t.Value))).ToList();
        Assert.Equal(["1", "2", "3"], rows);
    }

    [Fact]
    public void MarkerRowsHoldingOnlyLoopTagsAreRemoved()
    {
        var body = Table(2,
            Row(Cell("{{ for x in xs }}"), Cell("")),
            Row(Cell("{{ x }}"), Cell("值")),
            Row(Cell("{{ end }}"), Cell("")));
        var rows = Part(Render(body, """{"xs":["a","b"]}""")).Descendants(W + "tr").ToList();
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public void RowGroupLoopKeepsVerticalMergesWithinEachRepetition()
    {
        var restart = "<w:vMerge w:val=\"restart\"/>";
        var cont = "<w:vMerge/>";
        var body = Table(3,
            Row(Cell("项目名称"), Cell("项目指标"), Cell("数量")),
            Row(Cell("{{ for p in projects }}{{ p.name }}", restart), Cell("年节能量"), Cell("{{ p.energy }}")),
            Row(Cell("", cont), Cell("年节水量"), Cell("{{ p.water }}")),
            Row(Cell("", cont), Cell("其他"), Cell("{{ p.other }}{{ end }}")));
        var doc = Render(body, """{"projects":[{"name":"余热回收","energy":120,"water":5,"other":"无"},{"name":"光伏","energy":300,"water":0,"other":"-"}]}""");
        var rows = Part(doc).Descendants(W + "tr").ToList();
        Assert.Equal(7, rows.Count);
        string? Merge(int row) => (string?)rows[row].Elements(W + "tc").First().Descendants(W + "vMerge").SingleOrDefault()?.Attribute(W + "val") ?? (rows[row].Elements(W + "tc").First().Descendants(W + "vMerge").Any() ? "continue" : null);
        Assert.Equal(["restart", "continue", "continue", "restart", "continue", "continue"], Enumerable.Range(1, 6).Select(Merge));
        Assert.Equal("光伏", string.Concat(rows[4].Elements(W + "tc").First().Descendants(W + "t").Select(t => t.Value)));
    }

    [Fact]
    public void NestedLoopsSeeTheirOwnIndexAndOuterVariables()
    {
        var body = P("{{ for g in groups }}") + P("{{ g.name }}：{{ for m in g.members }}{{ for.index + 1 }}{{ m }}{{ end }}") + P("{{ end }}");
        Assert.Equal("甲：1a2b\n乙：1c", Text(Render(body, """{"groups":[{"name":"甲","members":["a","b"]},{"name":"乙","members":["c"]}]}""")));
    }

    [Fact]
    public void LoopOverMissingOrNonArrayRepeatsZeroTimes()
    {
        Assert.Equal("前\n后", Text(Render(P("前") + P("{{ for x in nothing }}") + P("{{ x }}") + P("{{ end }}") + P("后"), """{"nothing":"text"}""")));
    }

    [Fact]
    public void ACellWhoseParagraphsAllLoopStaysValidWhenTheLoopIsEmpty()
    {
        var cell = "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>" + P("{{ for x in xs }}") + P("{{ x }}") + P("{{ end }}") + "</w:tc>";
        Render(Table(1, Row(cell)), "{}");
    }
}
