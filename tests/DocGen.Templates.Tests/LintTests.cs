using System.Text.Json;
using DocGen.Templates.Linting;
using static DocGen.Templates.Tests.Support.TestDocx;

namespace DocGen.Templates.Tests;

public sealed class LintTests
{
    private const string Schema = """
    {
      "type": "object",
      "properties": {
        "company": { "type": "object", "properties": { "name": { "type": "string", "title": "企业名称" }, "nature": { "type": "string", "enum": ["国有", "民营"] } } },
        "projects": { "type": "array", "items": { "type": "object", "properties": { "name": { "type": "string" }, "photo": { "type": "string", "format": "image" } } } },
        "count": { "type": "integer" },
        "agreed": { "type": "boolean" },
        "kinds": { "type": "array", "items": { "type": "string", "enum": ["绿色工厂", "绿色供应链管理企业"] } }
      }
    }
    """;

    private static IReadOnlyList<Diagnostics.Diagnostic> Lint(string body, string? constants = "{}") =>
        TemplateLinter.Lint(Compile(FromBody(body)), JsonDocument.Parse(Schema).RootElement, constants is null ? null : JsonDocument.Parse(constants).RootElement);

    private const string UsesEverything = "{{ company.name }}{{ company.nature | check \"国有\" }}{{ for p in projects }}{{ p.name }}{{ p.photo | image }}{{ end }}{{ count }}{{ agreed | check }}{{ kinds | check \"绿色工厂\" }}";

    [Fact]
    public void ATemplateThatUsesEveryFieldCorrectlyIsClean() => Assert.Empty(Lint(P(UsesEverything)));

    [Fact]
    public void UnknownFieldSuggestsTheNearestName()
    {
        var error = Assert.Single(Lint(P(UsesEverything + "{{ company.nmae }}")));
        Assert.Equal("DG0201", error.Code);
        Assert.Contains("did you mean \"name\"", error.Message);
        Assert.Equal("{{ company.nmae }}", error.Tag);
        Assert.Equal("word/document.xml (paragraph 1)", error.Location);
    }

    [Fact]
    public void EveryLintProblemSaysInChineseWhatIsWrongWithTheNamesInvolved()
    {
        Assert.Equal("「company」没有字段「nmae」，是否想写「name」？", Assert.Single(Lint(P(UsesEverything + "{{ company.nmae }}"))).MessageZh);
        Assert.Equal("「company.name」在数据结构中不是数组，不能用 for 循环",
            Assert.Single(Lint(P(UsesEverything + "{{ for x in company.name }}{{ x }}{{ end }}"))).MessageZh);
        Assert.Equal("「集体」不是该字段的选项（可选：国有、民营）",
            Assert.Single(Lint(P(UsesEverything + "{{ company.nature | check \"集体\" }}"))).MessageZh);
        Assert.Contains(Lint(P("{{ company.name }}")), d => d.MessageZh == "字段「count」没有被任何标签使用，填写的数据不会出现在文档中");
    }

    [Fact]
    public void AMistypedFieldIsReportedOnceAndNotAgainAsUnused()
    {
        var all = UsesEverything.Replace("{{ company.name }}", "{{ company.nmae }}", StringComparison.Ordinal);

        var problem = Assert.Single(Lint(P(all)));

        Assert.Equal("DG0201", problem.Code);
    }

    [Fact]
    public void UnknownFieldInsideALoopIsCheckedAgainstTheItems() =>
        Assert.Contains("\"projects[]\" has no field \"nam\"", Assert.Single(Lint(P(UsesEverything + "{{ for p in projects }}{{ p.nam }}{{ end }}"))).Message);

    [Fact]
    public void AMistypedFieldOfALoopItemIsSaidInChineseByTheLoopVariableWritten() =>
        Assert.Equal("「p」（p 是「projects」中的一项）没有字段「nam」，是否想写「name」？",
            Assert.Single(Lint(P(UsesEverything + "{{ for p in projects }}{{ p.nam }}{{ end }}"))).MessageZh);

    [Fact]
    public void LoopOverANonArrayIsReported() => Assert.Equal("DG0202", Assert.Single(Lint(P(UsesEverything + "{{ for x in count }}{{ end }}"))).Code);

    [Fact]
    public void CheckValueOutsideTheEnumIsReported()
    {
        var errors = Lint(P(UsesEverything + "{{ company.nature | check \"集体\" }}{{ kinds | check \"示范企业\" }}"));
        Assert.Equal(["DG0203", "DG0203"], errors.Select(e => e.Code));
        Assert.Contains("国有、民营", errors[0].Message);
    }

    [Fact]
    public void ComparisonWithAValueOutsideTheEnumIsReported() =>
        Assert.Equal("DG0203", Assert.Single(Lint(P(UsesEverything + "{{ if company.nature == \"外资\" }}x{{ end }}"))).Code);

    [Fact]
    public void ImageOnAFieldWithoutImageFormatIsReported() => Assert.Equal("DG0205", Assert.Single(Lint(P(UsesEverything + "{{ company.name | image }}"))).Code);

    [Fact]
    public void SchemaFieldsNoTagUsesAreWarnings()
    {
        var warnings = Lint(P("{{ company.name }}"));
        Assert.All(warnings, w => Assert.Equal(Diagnostics.DiagnosticSeverity.Warning, w.Severity));
        Assert.Contains(warnings, w => w.Code == "DG0204" && w.Message.Contains("\"company.nature\""));
        Assert.Contains(warnings, w => w.Code == "DG0204" && w.Message.Contains("\"projects\""));
    }

    [Fact]
    public void FormConstantsMustExist()
    {
        Assert.Empty(Lint(P(UsesEverything + "{{ form.years.first }}"), """{"years":{"first":"2020"}}"""));
        Assert.Equal("DG0201", Assert.Single(Lint(P(UsesEverything + "{{ form.years.frist }}"), """{"years":{"first":"2020"}}""")).Code);
    }

    [Fact]
    public void WithoutAVersionEveryConstantReadIsAWarningOnceWhereItIsFirstRead()
    {
        var warnings = Lint(P(UsesEverything) + P("{{ form.years.first }}年至{{ form.years.last }}年") + P("（{{ form.years.first }}年）"), constants: null);

        Assert.Equal([("DG0206", "{{ form.years.first }}", "word/document.xml (paragraph 2)"), ("DG0206", "{{ form.years.last }}", "word/document.xml (paragraph 2)")],
            warnings.Select(w => (w.Code, w.Tag, w.Location)));
        Assert.All(warnings, w => Assert.Equal(Diagnostics.DiagnosticSeverity.Warning, w.Severity));
        Assert.Equal("「form.years.first」是目录表单的常量（form.yaml 的 constants），未对照目录表单时为空，预览与目录的空白表单可能不同", warnings[0].MessageZh);
    }

    [Fact]
    public void WithoutASchemaOnlyTheConstantsAreLookedAt()
    {
        var template = Compile(FromBody(P("{{ anything.at.all }}{{ for x in whatever }}{{ x.y }}{{ end }}{{ form.year }}")));

        var warning = Assert.Single(TemplateLinter.Lint(template, TemplateLinter.AnyData, constants: null));

        Assert.Equal("DG0206", warning.Code);
        Assert.Empty(TemplateLinter.Lint(template, TemplateLinter.AnyData, JsonDocument.Parse("""{"year":"2024"}""").RootElement));
    }

    [Fact]
    public void AMisspeltLoopVariableIsReportedOnceWithTheVariableMeant()
    {
        var all = UsesEverything.Replace("{{ p.name }}", "{{ pp.name }}", StringComparison.Ordinal);

        var problem = Assert.Single(Lint(P(all)));

        Assert.Equal("DG0201", problem.Code);
        Assert.Equal("「pp」既不是字段也不是循环变量，是否想写循环变量「p」（「p.name」）？", problem.MessageZh);
    }

    [Fact]
    public void LoopPropertiesAreKnownInsideLoopsOnly()
    {
        Assert.Empty(Lint(P(UsesEverything + "{{ for p in projects }}{{ for.index + 1 }}{{ end }}")));
        Assert.Equal("DG0201", Assert.Single(Lint(P(UsesEverything + "{{ for.index }}"))).Code);
        var unknown = Engine.DocxTemplate.Compile(FromBody(P("{{ for p in projects }}{{ for.number }}{{ end }}")));
        Assert.Contains(unknown.Diagnostics, d => d.Code == "DG0103" && d.Message.Contains("for.number"));
    }
}
