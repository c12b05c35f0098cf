using static DocGen.Validation.Tests.Support.Schemas;

namespace DocGen.Validation.Tests;

public sealed class LabelTests
{
    private static readonly FormSchema Form = Load("""
        {
          "title": "征集表",
          "$defs": { "project": { "type": "object", "properties": { "name": { "title": "项目名称" }, "note": {} } } },
          "properties": {
            "company": { "title": "企业基本信息", "properties": { "a/b": { "title": "斜杠字段" }, "intro": { "title": "企业简介" } } },
            "projects": { "title": "项目", "type": "array", "items": { "$ref": "#/$defs/project" } },
            "photos": { "title": "企业形象照片", "x-unit": "张", "items": { "format": "image" } },
            "category": { "title": "企业类别" }
          },
          "if": { "properties": { "category": { "const": "绿色工厂" } }, "required": ["category"] },
          "then": { "properties": { "level": { "title": "级别" } } }
        }
        """);

    [Theory]
    [InlineData("", "征集表")]
    [InlineData("/company", "企业基本信息")]
    [InlineData("/company/intro", "企业简介")]
    [InlineData("/company/a~1b", "斜杠字段")]
    [InlineData("/projects/0/name", "项目名称")]
    [InlineData("/projects/2", "项目第3项")]
    [InlineData("/photos/1", "企业形象照片第2张")]
    [InlineData("/level", "级别")]
    public void LabelAtFindsTheTitle(string pointer, string label) => Assert.Equal(label, Form.LabelAt(pointer));

    [Theory]
    [InlineData("/projects/0/note")]
    [InlineData("/unknown")]
    [InlineData("/company/intro/x")]
    [InlineData("no-slash")]
    [InlineData("/bad~2escape")]
    public void LabelAtIsNullWhereTheSchemaGivesNoTitle(string pointer) => Assert.Null(Form.LabelAt(pointer));

    [Fact]
    public void RulesInThenBorrowTheTitleOfTheMainProperty()
    {
        const string schema = """
            {
              "properties": { "category": {}, "level": { "title": "级别" } },
              "if": { "properties": { "category": { "const": "绿色工厂" } }, "required": ["category"] },
              "then": { "properties": { "level": { "enum": ["国家级", "省级"] } } }
            }
            """;

        Assert.Equal(["级别应为以下之一：①国家级、②省级（当前“区级”）"], Messages(schema, """{ "category": "绿色工厂", "level": "区级" }"""));
    }

    [Fact]
    public void ACounterWordDeclaredOnTheMainPropertyIsUsedByRulesInThen()
    {
        const string schema = """
            {
              "properties": { "kind": {}, "photos": { "title": "照片", "x-unit": "张" } },
              "if": { "properties": { "kind": { "const": "工厂" } }, "required": ["kind"] },
              "then": { "properties": { "photos": { "minItems": 3 } } }
            }
            """;

        Assert.Equal(["照片至少3张（当前1张）"], Messages(schema, """{ "kind": "工厂", "photos": ["a"] }"""));
    }
}
