using System.Text;
using static DocGen.Validation.Tests.Support.Schemas;

namespace DocGen.Validation.Tests;

public sealed class ReportingTests
{
    private const string Form = """
        {
          "title": "绿色制造优秀案例征集表",
          "type": "object",
          "additionalProperties": false,
          "required": ["company", "projects"],
          "properties": {
            "company": {
              "title": "企业基本信息",
              "type": "object",
              "required": ["name", "uscc"],
              "properties": {
                "name": { "title": "企业名称", "type": "string", "maxLength": 5 },
                "uscc": { "title": "统一社会信用代码", "type": "string", "format": "uscc" },
                "intro": { "title": "企业简介", "type": "string", "maxLength": 10 }
              }
            },
            "projects": {
              "title": "项目",
              "type": "array",
              "minItems": 1,
              "items": {
                "type": "object",
                "required": ["name"],
                "properties": {
                  "name": { "title": "项目名称", "type": "string" },
                  "investment": { "title": "项目投资（万元）", "type": "number", "minimum": 0 }
                }
              }
            }
          },
          "allOf": [{ "properties": { "company": { "properties": { "intro": { "minLength": 2 } } } } }]
        }
        """;

    [Fact]
    public void AllProblemsAreReportedAtOnceInDocumentOrder()
    {
        const string data = """
            {
              "projects": [{ "investment": "多" }, { "name": "节能改造", "investment": -1 }],
              "extra": true,
              "company": { "intro": "一", "name": "广州某某化工有限公司" }
            }
            """;

        var errors = Validate(Form, data).Select(e => e.ToString()).ToArray();

        Assert.Equal(
            [
                "/projects/0/investment: 项目投资（万元）应为数字",
                "/projects/0/name: 项目名称为必填项",
                "/projects/1/investment: 项目投资（万元）不能小于0",
                "/extra: 未知字段“extra”",
                "/company/intro: 企业简介不少于2字（当前1字）",
                "/company/name: 企业名称限5字以内（当前10字）",
                "/company/uscc: 统一社会信用代码为必填项",
            ],
            errors);
    }

    [Fact]
    public void ErrorsCarryTheLabelSeparately()
    {
        var error = Assert.Single(Validate(Form, """{ "company": { "name": "甲", "uscc": "91110000600037341L" }, "projects": [{}] }"""));

        Assert.Equal(new DataError("/projects/0/name", "项目名称", "项目名称为必填项"), error);
    }

    [Fact]
    public void PointersEscapeSlashAndTilde()
    {
        const string schema = """{ "additionalProperties": { "type": "string" } }""";

        var errors = Validate(schema, """{ "a/b": 1, "c~d": 2, "~1": 3 }""");

        Assert.Equal(["/a~1b", "/c~0d", "/~01"], errors.Select(e => e.Pointer));
    }

    [Fact]
    public void TheSameRuleReachedTwiceIsReportedOnce()
    {
        const string schema = """
            { "$defs": { "name": { "title": "名称", "maxLength": 2 } },
              "properties": { "v": { "allOf": [{ "$ref": "#/$defs/name" }, { "$ref": "#/$defs/name" }] } } }
            """;

        Assert.Single(Messages(schema, """{ "v": "abc" }"""));
    }

    [Fact]
    public void ErrorsStopAfterAThousandWithANote()
    {
        var items = string.Join(",", Enumerable.Repeat("\"x\"", 1500));

        var errors = Validate("""{ "title": "数", "items": { "type": "number" } }""", $"[{items}]");

        Assert.Equal(1001, errors.Count);
        Assert.Equal("/999: 数第1000项应为数字", errors[999].ToString());
        Assert.Equal(new DataError("", "", "错误过多，仅列出前1000条"), errors[^1]);
    }

    [Fact]
    public void LongEnumsAreListedInPart()
    {
        var choices = string.Join(",", Enumerable.Range(1, 30).Select(i => $"\"选项{i}\""));

        var message = Assert.Single(FieldMessages($$"""{ "title": "类别", "enum": [{{choices}}] }""", "x"));

        Assert.StartsWith("类别应为以下之一：①选项1、②选项2、", message, StringComparison.Ordinal);
        Assert.Contains("⑳选项20…（共30项）（当前“x”）", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LongValuesAreClippedInMessages()
    {
        var message = Assert.Single(FieldMessages("""{ "title": "类别", "enum": ["a"] }""", new string('长', 5000)));

        Assert.EndsWith($"（当前“{new string('长', 30)}…”）", message, StringComparison.Ordinal);
    }

    [Fact]
    public void DataErrorPrintsPointerAndMessage() =>
        Assert.Equal("/company/intro: 企业简介限300字以内（当前312字）", new DataError("/company/intro", "企业简介", "企业简介限300字以内（当前312字）").ToString());

    [Fact]
    public void ManyErrorsInOneValueKeepTheRuleOrder()
    {
        var text = new StringBuilder().Append('x', 12).ToString();

        Assert.Equal(
            ["名称限10字以内（当前12字）", "名称格式不正确"],
            FieldMessages("""{ "title": "名称", "maxLength": 10, "pattern": "^[0-9]+$" }""", text));
    }
}
