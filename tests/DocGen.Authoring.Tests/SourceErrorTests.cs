namespace DocGen.Authoring.Tests;

public sealed class SourceErrorTests
{
    private static AuthoringError Single(string source)
    {
        var result = FormSourceCompiler.Compile(source);
        Assert.Null(result.Docx);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void UnknownDirectiveIsReportedWithItsLine()
    {
        var error = Single(".p 甲\n.paragraph 乙");

        Assert.Equal(new AuthoringError(2, "unknown directive .paragraph"), error);
    }

    [Fact]
    public void RowWidthMismatchNamesBothCounts()
    {
        var error = Single(".table{cols=3|7|3|7}\n| a | b | c | d |\n| a | b | c | d | e |\n.end");

        Assert.Equal(new AuthoringError(3, "row has 5 cells, table has 4 columns"), error);
    }

    [Fact]
    public void CaretInTheFirstRowHasNothingAbove()
    {
        var error = Single(".table{cols=1|1}\n| a | ^ |\n.end");

        Assert.Equal(2, error.Line);
        Assert.Contains("^ in column 2 has no cell above", error.Message);
    }

    [Fact]
    public void CaretUnderACellOfAnotherWidthIsAnError()
    {
        var error = Single(".table{cols=1|1|1}\n| a | > | b |\n| ^ | c | d |\n.end");

        Assert.Equal(3, error.Line);
        Assert.Contains("the cell above spans 2", error.Message);
    }

    [Fact]
    public void MergeMarkInTheFirstCellIsAnError()
    {
        var error = Single(".table{cols=1|1}\n| > | a |\n.end");

        Assert.Equal(2, error.Line);
        Assert.Contains("no cell on its left", error.Message);
    }

    [Fact]
    public void TableWithoutEndIsReportedAtItsStart()
    {
        var error = Single(".p 甲\n.table{cols=1}\n| a |");

        Assert.Equal(new AuthoringError(2, "table is not closed with .end"), error);
    }

    [Fact]
    public void BlockInsideAnOpenTableReportsTheUnclosedTable()
    {
        var result = FormSourceCompiler.Compile(".table{cols=1}\n| a |\n.p 甲\n.end");

        Assert.Equal([new AuthoringError(1, "table is not closed with .end"), new AuthoringError(4, ".end without an open .table")], result.Errors);
    }

    [Theory]
    [InlineData(".p{colour=red} 甲", "unknown option 'colour'")]
    [InlineData(".p{size=huge} 甲", "'huge' is not a font size")]
    [InlineData(".p{align=middle} 甲", "align must be left, center, right or both")]
    [InlineData(".p{bold=yes} 甲", "option 'bold' takes no value")]
    [InlineData(".p{indent=-1} 甲", "option 'indent' of .p must be a number")]
    [InlineData(".p{line} 甲", "option 'line' needs a value")]
    [InlineData(".p{before=1,before=2} 甲", "option 'before' is given twice")]
    [InlineData(".p{bold 甲", "options are missing their closing }")]
    [InlineData(".table{cols=3|x}\n| a | b |\n.end", "cols must be positive relative widths")]
    [InlineData(".table{cols=1}\n| {x}a |\n.end", "unknown option 'x' for a cell")]
    [InlineData(".table{cols=1}\n| a |  {h=tall}\n.end", "option 'h' of a row must be a number")]
    [InlineData(".table{cols=1}\n| a | b\n.end", "text after the last | of a row")]
    public void BadOptionIsReported(string source, string message)
    {
        var result = FormSourceCompiler.Compile(source);

        Assert.Null(result.Docx);
        Assert.Contains(result.Errors, e => e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(".p 甲\n.margins 1 2 3 4", 2, "document setting .margins must come before the first block")]
    [InlineData(".margins 1 2 3", 1, ".margins needs four numbers")]
    [InlineData(".page A3", 1, "'A3' is neither a size")]
    [InlineData(".footer roman", 1, ".footer needs pagenumber or none")]
    [InlineData(".property Colour 红", 1, "unknown property 'Colour'")]
    [InlineData(".section sideways", 1, ".section needs portrait or landscape")]
    [InlineData(".blank many", 1, ".blank takes a count")]
    [InlineData("正文没有指令", 1, "expected a directive")]
    [InlineData("| a |", 1, "a table row outside .table")]
    [InlineData(".p **粗体", 1, "** (bold) is opened but not closed")]
    [InlineData(".p {{ company.name", 1, "template tag is not closed")]
    public void MalformedLineIsReportedWithItsLine(string source, int line, string message)
    {
        var result = FormSourceCompiler.Compile(source);

        Assert.Null(result.Docx);
        Assert.Contains(result.Errors, e => e.Line == line && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void AllErrorsAreReportedAtOnceInLineOrder()
    {
        var source = """
            .title 表
            .frobnicate
            .table{cols=1|1}
            | a | b | c |
            | ^ | x |
            .p{size=0} 甲
            """;

        var result = FormSourceCompiler.Compile(source);

        Assert.Null(result.Docx);
        Assert.Equal([2, 3, 4, 6], result.Errors.Select(e => e.Line));
    }
}
