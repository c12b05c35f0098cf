using DocGen.Templates.Engine;
using static DocGen.Templates.Tests.Support.TestDocx;

namespace DocGen.Templates.Tests;

public sealed class TemplateErrorTests
{
    private static IReadOnlyList<Diagnostics.Diagnostic> ErrorsOf(string body)
    {
        var compilation = DocxTemplate.Compile(FromBody(body));
        Assert.False(compilation.Succeeded);
        return compilation.Diagnostics.Where(d => d.IsError).ToList();
    }

    [Fact]
    public void UnclosedTagReportsCellAndTagText()
    {
        var error = Assert.Single(ErrorsOf(Table(2, Row(Cell("a"), Cell("b")), Row(Cell("c"), Cell("{{ company.name")))));
        Assert.Equal("DG0101", error.Code);
        Assert.Equal("word/document.xml (table 1, row 2, cell 2, paragraph 1)", error.Location);
        Assert.Equal("{{ company.name", error.Tag);
    }

    [Fact]
    public void TagErrorsCarryAChineseMessageBesideTheEnglishDetail()
    {
        var errors = ErrorsOf(P("{{ company.name") + P("{{ a | nosuch }}") + P("{{ end }}") + P("{{ if a }}"));
        Assert.Equal("标签没有结束：「{{」在同一段落中没有对应的「}}」", errors.Single(e => e.Code == "DG0101").MessageZh);
        var unknownFunction = errors.Single(e => e.Code == "DG0104");
        Assert.True(unknownFunction.MessageZh.StartsWith("标签第 8 个字符处：没有名为「nosuch」的函数", StringComparison.Ordinal), unknownFunction.MessageZh);
        Assert.Equal("「end」前面没有未结束的「for」或「if」", errors.Single(e => e.Code == "DG0105").MessageZh);
        Assert.Equal("「if」没有用「{{ end }}」结束", errors.Single(e => e.Code == "DG0106").MessageZh);
    }

    [Fact]
    public void AMistypedFunctionIsOneErrorSuggestingTheFunctionMeant()
    {
        var error = Assert.Single(ErrorsOf(P("{{ a | line }}")));

        Assert.Equal("DG0104", error.Code);
        Assert.StartsWith("标签第 8 个字符处：没有名为「line」的函数，是否想写「lines」？（可用：", error.MessageZh, StringComparison.Ordinal);
        Assert.Contains("did you mean \"lines\"?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllErrorsAreReportedAtOnce()
    {
        var errors = ErrorsOf(P("{{ a | nosuch }}") + P("{{ for x }}") + P("{{ end }}") + P("{{ if a }}") + P("{{ b..c }}"));
        // the "end" after the broken "for" has nothing to close: reported too
        Assert.Equal(["DG0103", "DG0103", "DG0104", "DG0105", "DG0106"], errors.Select(e => e.Code).Order().ToArray());
        Assert.Contains(errors, e => e.Code == "DG0106" && e.Location == "word/document.xml (paragraph 4)");
    }

    [Fact]
    public void UnknownFilterNamesTheKnownOnes()
    {
        var error = Assert.Single(ErrorsOf(P("{{ a | upper }}")));
        Assert.Equal("DG0104", error.Code);
        Assert.Contains("check", error.Message);
    }

    [Fact]
    public void FilterWithWrongArgumentsIsReported() => Assert.Equal("DG0104", Assert.Single(ErrorsOf(P("{{ a | number \"x\" }}"))).Code);

    [Fact]
    public void ImageMustBeTheLastFilter() => Assert.Equal("DG0104", Assert.Single(ErrorsOf(P("{{ a | image | default \"x\" }}"))).Code);

    [Fact]
    public void ALoopFromACellToTheBodyIsABadRange()
    {
        var error = Assert.Single(ErrorsOf(Table(2, Row(Cell("{{ for x in xs }}"), Cell("b"))) + P("{{ end }}")), e => e.Code == "DG0107");
        Assert.Equal("{{ for x in xs }}", error.Tag);
    }

    [Fact]
    public void ALoopFromARowToAnotherTableIsABadRange() =>
        Assert.Equal("DG0107", Assert.Single(ErrorsOf(Table(1, Row(Cell("{{ for x in xs }}"))) + Table(1, Row(Cell("{{ end }}"))))).Code);

    [Fact]
    public void ElseSharingAParagraphWithTextIsABadRange() =>
        Assert.Equal("DG0107", Assert.Single(ErrorsOf(P("{{ if a }}") + P("x") + P("y{{ else }}") + P("{{ end }}"))).Code);

    [Fact]
    public void StrayClosingBracesAreAWarningOnly()
    {
        var compilation = DocxTemplate.Compile(FromBody(P("a }} b")));
        Assert.True(compilation.Succeeded);
        Assert.Equal("DG0102", Assert.Single(compilation.Diagnostics).Code);
    }

    [Fact]
    public void NotADocxIsReportedAsABadPackage()
    {
        var compilation = DocxTemplate.Compile("plain text"u8.ToArray());
        Assert.Equal("DG0109", Assert.Single(compilation.Diagnostics).Code);
    }

    [Fact]
    public void DiagnosticsPrintWithCodeLocationAndTag()
    {
        var error = ErrorsOf(P("{{ x")).Single() with { Source = "henan/a@2023" };
        Assert.Equal("henan/a@2023 word/document.xml (paragraph 1): error DG0101: unclosed tag: \"{{\" has no \"}}\" in the same paragraph \"{{ x\"", error.ToString());
    }
}
