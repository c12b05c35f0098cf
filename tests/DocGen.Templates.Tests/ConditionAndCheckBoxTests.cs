using DocGen.Templates.Tests.Support;
using static DocGen.Templates.Tests.Support.TestDocx;

namespace DocGen.Templates.Tests;

public sealed class ConditionAndCheckBoxTests
{
    [Theory]
    [InlineData("""{"kind":"园区"}""", "园区简介")]
    [InlineData("""{"kind":"企业"}""", "企业简介")]
    [InlineData("{}", "企业简介")]
    public void InlineIfElseChoosesText(string data, string expected) =>
        Assert.Equal(expected, Text(Render(P("{{ if kind == \"园区\" }}园区{{ else }}企业{{ end }}简介"), data)));

    [Fact]
    public void ParagraphConditionRemovesWholeParagraphs()
    {
        var body = P("a") + P("{{ if show }}") + P("可见") + P("{{ else }}") + P("不可见") + P("{{ end }}") + P("b");
        Assert.Equal("a\n可见\nb", Text(Render(body, """{"show":true}""")));
        Assert.Equal("a\n不可见\nb", Text(Render(body, """{"show":false}""")));
    }

    [Fact]
    public void RowConditionRemovesRows()
    {
        var body = Table(1, Row(Cell("一")), Row(Cell("{{ if extra }}附加{{ end }}")), Row(Cell("三")));
        Assert.Equal(2, Part(Render(body, "{}")).Descendants(W + "tr").Count(r => r.Descendants(W + "t").Any(t => t.Value.Length > 0)));
    }

    [Theory]
    [InlineData("not a", "{}", "Y")]
    [InlineData("a and b", """{"a":1,"b":"x"}""", "Y")]
    [InlineData("a and b", """{"a":1,"b":""}""", "N")]
    [InlineData("a or b", """{"a":0,"b":[1]}""", "Y")]
    [InlineData("a != \"x\"", """{"a":"y"}""", "Y")]
    [InlineData("n == 3", """{"n":3}""", "Y")]
    [InlineData("(a or b) and not c", """{"a":true,"c":false}""", "Y")]
    [InlineData("list", """{"list":[]}""", "N")]
    public void ConditionsEvaluateTruthinessAndComparisons(string condition, string data, string expected) =>
        Assert.Equal(expected, Text(Render(P("{{ if " + condition + " }}Y{{ else }}N{{ end }}"), data)));

    [Fact]
    public void CheckBoxesTickTheChosenValue()
    {
        var body = P("内资（{{ n | check \"国有\" }}国有{{ n | check \"集体\" }}集体{{ n | check \"民营\" }}民营）");
        Assert.Equal("内资（□国有□集体☑民营）", Text(Render(body, """{"n":"民营"}""")));
        Assert.Equal("内资（□国有□集体□民营）", Text(Render(body, "{}")));
    }

    [Fact]
    public void CheckBoxesOverAnArrayTickEveryChosenValue()
    {
        var body = P("{{ c | check \"绿色工厂\" }}绿色工厂 {{ c | check \"绿色供应链管理企业\" }}供应链 {{ c | check \"示范\" }}示范");
        Assert.Equal("☑绿色工厂 ☑供应链 □示范", Text(Render(body, """{"c":["绿色工厂","绿色供应链管理企业"]}""")));
    }

    [Fact]
    public void CheckWithoutArgumentTicksTrueFlags() =>
        Assert.Equal("☑是 □否", Text(Render(P("{{ a | check }}是 {{ b | check }}否"), """{"a":true,"b":false}""")));

    [Fact]
    public void WordCurlyQuotesAreAcceptedAsStringDelimiters() =>
        Assert.Equal("☑", Text(Render(P("{{ n | check “国有” }}"), """{"n":"国有"}""")));
}
