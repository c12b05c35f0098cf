using System.Text.Json;
using DocGen.Templates.Engine;
using static DocGen.Templates.Tests.Support.TestDocx;

namespace DocGen.Templates.Tests;

/// <summary>Scriban's constructs inside the tags of a Word document, and the limits a template cannot pass.</summary>
public sealed class ScribanLanguageTests
{
    private const string Data = """
    {"projects":[{"name":"余热回收","investment":120.5},{"name":"光伏","investment":80}],
     "company":{"name":"green steel","kind":"园区"},"date":"2025-06-30","case":{"name":"案例"},"a":true,"b":false,"n":3}
    """;

    private static string One(string tag, string data = Data) => Text(Render(P(Escaped(tag)), data));

    private static string Escaped(string text) => System.Security.SecurityElement.Escape(text)!;

    [Theory]
    [InlineData("{{ projects[0].name }}", "余热回收")]
    [InlineData("{{ projects[1][\"name\"] }}", "光伏")]
    [InlineData("{{ company.name | string.upcase }}", "GREEN STEEL")]
    [InlineData("{{ company.name | string.split \" \" | array.first }}", "green")]
    [InlineData("{{ projects | array.map \"name\" | array.join \"、\" }}", "余热回收、光伏")]
    [InlineData("{{ projects | array.size }}", "2")]
    [InlineData("{{ n * 2 + 1 }}", "7")]
    [InlineData("{{ projects[0].investment + projects[1].investment }}", "200.5")]
    [InlineData("{{ math.round 2.567 2 }}", "2.57")]
    [InlineData("{{ n > 2 && n <= 3 }}", "是")]
    [InlineData("{{ a and not b }}", "是")]
    [InlineData("{{ a or b }}", "是")]
    [InlineData("{{ company.kind == \"园区\" ? \"Y\" : \"N\" }}", "Y")]
    [InlineData("{{ date | date }}", "2025年6月30日")]
    [InlineData("{{ this.case.name }}", "案例")]
    [InlineData("{{ missing.field | default \"无\" }}", "无")]
    public void ExpressionsEvaluateWithScriban(string tag, string expected) => Assert.Equal(expected, One(tag));

    [Fact]
    public void ScribansDateObjectWorksWhereNoFieldIsNamedDate()
    {
        Assert.Equal("是", One("{{ date.now.year > 2000 }}", "{}"));
        Assert.Equal("4", One("{{ date.now | date.to_string \"%Y\" | string.size }}", "{}"));
    }

    [Fact]
    public void ElseIfChainsPickTheFirstTrueBranch()
    {
        const string tag = "{{ if n < 2 }}少{{ else if n < 5 }}中{{ else }}多{{ end }}";
        Assert.Equal("中", One(tag));
        Assert.Equal("多", One(tag, """{"n":9}"""));
        Assert.Equal("少", One(tag, """{"n":1}"""));
    }

    [Fact]
    public void ElseIfAndElseStandInTheirOwnParagraphs()
    {
        var body = P("{{ if n &lt; 2 }}") + P("少") + P("{{ else if n &lt; 5 }}") + P("中") + P("{{ else }}") + P("多") + P("{{ end }}");
        Assert.Equal("中", Text(Render(body, Data)));
    }

    [Fact]
    public void CaseWhenRendersTheMatchingBranch()
    {
        const string tag = "{{ case company.kind }}{{ when \"工厂\" }}F{{ when \"园区\", \"集群\" }}P{{ else }}X{{ end }}";
        Assert.Equal("P", One(tag));
        Assert.Equal("X", One(tag, """{"company":{"kind":"其他"}}"""));
    }

    [Fact]
    public void CaseWhenRepeatsNothingAndWorksOnTableRows()
    {
        var body = Table(1, Row(Cell("{{ case n }}")), Row(Cell("{{ when 1 }}")), Row(Cell("一")), Row(Cell("{{ when 3 }}")), Row(Cell("三")), Row(Cell("{{ end }}")));
        Assert.Equal("三", Text(Render(body, Data)));
    }

    [Fact]
    public void LoopObjectGivesScribansIndexFirstAndLast()
    {
        var text = One("{{ for p in projects }}{{ for.index }}:{{ p.name }}{{ if for.first }}<{{ end }}{{ if for.last }}>{{ end }};{{ end }}");
        Assert.Equal("0:余热回收<;1:光伏>;", text);
    }

    [Fact]
    public void LoopOptionsOffsetLimitAndReversedFollowScriban()
    {
        Assert.Equal("光伏余热回收", One("{{ for p in projects reversed }}{{ p.name }}{{ end }}"));
        Assert.Equal("光伏", One("{{ for p in projects offset:1 limit:1 }}{{ p.name }}{{ end }}"));
        Assert.Equal("1,2,3,", One("{{ for i in 1..3 }}{{ i }},{{ end }}"));
    }

    [Fact]
    public void MinimumAddsBlankRepetitionsWithTheirIndex() =>
        Assert.Equal("1余热回收 2光伏 3 ", One("{{ for p in projects min:3 }}{{ for.index + 1 }}{{ p.name }} {{ end }}"));

    [Fact]
    public void DataIsNeverEvaluatedAsATemplate() =>
        Assert.Equal("{{ 1 + 1 }}", One("{{ s }}", """{"s":"{{ 1 + 1 }}"}"""));

    [Fact]
    public void AFieldNamedLikeTheDateFunctionStaysData()
    {
        Assert.Equal("2025-06-30", One("{{ date }}"));
        Assert.Equal("2025年6月", One("{{ date | date \"month\" }}"));
    }

    [Theory]
    [InlineData("{{ x = 1 }}", "DG0103")]
    [InlineData("{{ while true }}", "DG0103")]
    [InlineData("{{ include \"other\" }}", "DG0103")]
    [InlineData("{{ s | object.eval_template }}", "DG0104")]
    [InlineData("{{ s | object.eval }}", "DG0104")]
    [InlineData("{{ for i in 1..n }}{{ end }}", "DG0103")]
    [InlineData("{{ a | paragraphs | string.upcase }}", "DG0104")]
    [InlineData("{{ if a | image }}{{ end }}", "DG0104")]
    [InlineData("{{ for p in projects max:3 }}{{ end }}", "DG0103")]
    public void WhatATemplateMayNotDoIsRefusedWhenItCompiles(string tag, string code)
    {
        var compilation = DocxTemplate.Compile(FromBody(P(tag)));
        Assert.False(compilation.Succeeded);
        Assert.Contains(compilation.Diagnostics, d => d.Code == code);
    }

    [Fact]
    public void AParseErrorNamesTheColumnInsideTheTagAndTheParagraph()
    {
        var error = Assert.Single(DocxTemplate.Compile(FromBody(P("x") + P("前文{{ a + }}"))).Diagnostics);
        Assert.Equal("DG0103", error.Code);
        Assert.Equal("word/document.xml (paragraph 2)", error.Location);
        Assert.StartsWith("column 8:", error.Message);
        Assert.Equal("{{ a + }}", error.Tag);
    }

    [Fact]
    public void ABuiltinAskedForAHugeStringGivesADiagnosticNotAnAllocation()
    {
        var result = Compile(FromBody(P("{{ \"x\" | string.pad_left 1000000000 }}"))).Render(JsonDocument.Parse("{}").RootElement);
        Assert.False(result.Succeeded);
        Assert.Equal("DG0402", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void StringRepetitionStopsAtTheStringLimit()
    {
        var result = Compile(FromBody(P("{{ \"ab\" * 100000000 }}"))).Render(JsonDocument.Parse("{}").RootElement);
        Assert.False(result.Succeeded);
        Assert.Equal("DG0402", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void ALoopOverTooManyItemsGivesADiagnostic()
    {
        var items = "[" + string.Join(",", Enumerable.Repeat("1", 10_001)) + "]";
        var result = Compile(FromBody(P("{{ for i in items }}{{ i }}{{ end }}"))).Render(JsonDocument.Parse($$"""{"items":{{items}}}""").RootElement);
        Assert.False(result.Succeeded);
        Assert.Equal("DG0402", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void NoDotNetMemberOfAValueIsVisible() =>
        Assert.Equal("", One("{{ company.name.Length }}{{ projects.Count }}"));
}
