using DocGen.Templates.Tests.Support;
using static DocGen.Templates.Tests.Support.TestDocx;

namespace DocGen.Templates.Tests;

public sealed class ValueTests
{
    [Fact]
    public void MissingValuesPrintNothing() => Assert.Equal("名称：", Text(Render(P("名称：{{ company.name }}"), "{}")));

    [Fact]
    public void NumbersPrintAsWrittenAndFlagsAsShiOrFou()
    {
        Assert.Equal("1234.50 万元 是 否", Text(Render(P("{{ a }} 万元 {{ b }} {{ c }}"), """{"a":1234.50,"b":true,"c":false}""")));
    }

    [Fact]
    public void NumberFilterFixesDecimalsWithoutGrouping()
    {
        Assert.Equal("12345.68|3|0.50", Text(Render(P("{{ a | number 2 }}|{{ b | number }}|{{ c | number 2 }}"), """{"a":12345.678,"b":2.5,"c":"0.5"}""")));
    }

    [Fact]
    public void DateFilterPrintsChineseDates()
    {
        Assert.Equal("2025年6月30日 2025年6月 2025年", Text(Render(P("{{ d | date }} {{ d | date \"month\" }} {{ d | date \"year\" }}"), """{"d":"2025-06-30"}""")));
    }

    [Fact]
    public void DefaultFillsEmptyValuesOnly()
    {
        Assert.Equal("    年  月  日|2024年8月27日", Text(Render(P("{{ a | date | default \"    年  月  日\" }}|{{ b | date | default \"x\" }}"), """{"b":"2024-08-27"}""")));
    }

    [Fact]
    public void JoinJoinsArrays() => Assert.Equal("钢铁；化工", Text(Render(P("{{ a | array.join \"；\" }}"), """{"a":["钢铁","化工"]}""")));

    [Fact]
    public void LinesBecomeLineBreaksInOneParagraph()
    {
        var doc = Render(P("{{ intro | lines }}"), """{"intro":"第一行\n第二行\r\n第三行"}""");
        var paragraph = Part(doc).Descendants(W + "p").Single();
        Assert.Equal(2, paragraph.Descendants(W + "br").Count());
        Assert.Equal("第一行\n第二行\n第三行", Text(doc));
    }

    [Fact]
    public void ParagraphsFilterMakesRealParagraphsWithTheSameStyle()
    {
        var body = "<w:p><w:pPr><w:ind w:firstLineChars=\"200\"/></w:pPr><w:r><w:t>{{ intro | paragraphs }}</w:t></w:r></w:p>";
        var doc = Render(body, """{"intro":"一段\n二段\n三段"}""");
        var paragraphs = Part(doc).Descendants(W + "p").ToList();
        Assert.Equal(3, paragraphs.Count);
        Assert.All(paragraphs, p => Assert.NotNull(p.Element(W + "pPr")?.Element(W + "ind")));
        Assert.Equal("一段\n二段\n三段", Text(doc));
    }

    [Fact]
    public void XmlLookingTextComesOutLiterally()
    {
        const string hostile = "</w:t><w:b/>]]> &amp; <![CDATA[x]]> \"quoted\"";
        var doc = Render(P("{{ a }}"), System.Text.Json.JsonSerializer.Serialize(new { a = hostile }));
        Assert.Equal(hostile, Text(doc));
    }

    [Fact]
    public void ControlCharactersAndLoneSurrogatesNeverBreakTheDocument()
    {
        var doc = Render(P("{{ a }}"), "{\"a\":\"A\\u0001B\\uD800C\\u000bD\\uDFFF\"}");
        Assert.Equal("ABCD", Text(doc));
    }

    [Fact]
    public void FormConstantsAreReadThroughForm()
    {
        var constants = System.Text.Json.JsonDocument.Parse("""{"years":{"output":2024}}""").RootElement;
        var doc = Render(FromBody(P("{{ form.years.output }}年工业总产值")), "{}", new Engine.RenderOptions { Constants = constants });
        Assert.Equal("2024年工业总产值", Text(doc));
    }

    [Fact]
    public void SameInputGivesTheSameBytes()
    {
        var template = Compile(FromBody(P("{{ a }}") + P("{{ b | check \"x\" }}")));
        var data = System.Text.Json.JsonDocument.Parse("""{"a":"同","b":"x"}""").RootElement;
        Assert.Equal(template.Render(data).Document, template.Render(data).Document);
    }

    [Fact]
    public void CorePropertiesAreWrittenWhenGiven()
    {
        var doc = Render(FromBody(P("x")), "{}", new Engine.RenderOptions { Properties = new("绿色工厂自评价报告", "henan/x@2023", "reconstructed") });
        var core = Part(doc, "docProps/core.xml").ToString();
        Assert.Contains("绿色工厂自评价报告", core);
        Assert.Contains("henan/x@2023", core);
    }
}
