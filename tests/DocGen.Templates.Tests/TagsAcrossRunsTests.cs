using DocGen.Templates.Tests.Support;
using static DocGen.Templates.Tests.Support.TestDocx;

namespace DocGen.Templates.Tests;

public sealed class TagsAcrossRunsTests
{
    [Fact]
    public void TagSplitOverThreeRunsWithDifferentFormattingIsFilled()
    {
        var doc = Render(SplitP("企业名称：{{ comp", "any.na", "me }}（公章）"), """{"company":{"name":"河南绿能科技有限公司"}}""");
        Assert.Equal("企业名称：河南绿能科技有限公司（公章）", Text(doc));
    }

    [Fact]
    public void ProofingMarksAndBookmarksInsideATagAreIgnored()
    {
        var body = "<w:p><w:r><w:t>{{ na</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:bookmarkStart w:id=\"0\" w:name=\"x\"/><w:r><w:t>me</w:t></w:r><w:bookmarkEnd w:id=\"0\"/><w:proofErr w:type=\"spellEnd\"/><w:r><w:t xml:space=\"preserve\"> }} 先生</w:t></w:r></w:p>";
        Assert.Equal("张三 先生", Text(Render(body, """{"name":"张三"}""")));
    }

    [Fact]
    public void EveryCharacterInItsOwnRunStillMakesOneTag()
    {
        var tag = "{{ a.b }}";
        var doc = Render(SplitP([.. tag.Select(c => c.ToString())]), """{"a":{"b":"值"}}""");
        Assert.Equal("值", Text(doc));
    }

    [Fact]
    public void TheTagTakesTheFormattingOfItsFirstCharacter()
    {
        var body = "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{{ x</w:t></w:r><w:r><w:t xml:space=\"preserve\"> }}</w:t></w:r></w:p>";
        var run = Part(Render(body, """{"x":"粗体"}""")).Descendants(W + "r").Single();
        Assert.NotNull(run.Element(W + "rPr")?.Element(W + "b"));
    }

    [Fact]
    public void TwoTagsInOneRunAreBothFilled()
    {
        Assert.Equal("甲-乙", Text(Render(P("{{ a }}-{{ b }}"), """{"a":"甲","b":"乙"}""")));
    }

    [Fact]
    public void TextAroundTagsKeepsItsRunsAndOrder()
    {
        var doc = Render(SplitP("前", "{{ a }}", "中", "{{ b }}后"), """{"a":"1","b":"2"}""");
        Assert.Equal("前1中2后", Text(doc));
    }
}
