using static DocGen.Validation.Tests.Support.Schemas;

namespace DocGen.Validation.Tests;

public sealed class ModeTests
{
    private const string Company = """
        {
          "type": "object",
          "required": ["name", "photos"],
          "properties": {
            "name": { "title": "企业名称", "type": "string", "maxLength": 10 },
            "photos": { "title": "企业形象照片", "type": "array", "x-unit": "张", "minItems": 3, "maxItems": 5 },
            "investment": { "title": "项目投资（万元）", "type": "number", "minimum": 0 },
            "email": { "title": "电子邮箱", "type": "string", "format": "email" }
          }
        }
        """;

    [Fact]
    public void DraftSkipsRequiredFields()
    {
        Assert.Empty(Messages(Company, "{}", ValidationMode.Draft));
        Assert.Equal(["企业名称为必填项", "企业形象照片为必填项"], Messages(Company, "{}", ValidationMode.Final));
    }

    [Fact]
    public void DraftSkipsMinItemsButKeepsMaxItems()
    {
        Assert.Empty(Messages(Company, """{ "photos": ["a"] }""", ValidationMode.Draft));
        Assert.Equal(["企业形象照片最多5张（当前6张）"], Messages(Company, """{ "photos": [1, 2, 3, 4, 5, 6] }""", ValidationMode.Draft));
    }

    [Fact]
    public void DraftStillChecksTypesFormatsAndLimits()
    {
        const string data = """{ "name": "一二三四五六七八九十壹", "investment": -5, "email": "not-mail" }""";

        Assert.Equal(
            ["企业名称限10字以内（当前11字）", "项目投资（万元）不能小于0", "电子邮箱不是有效的电子邮箱（当前“not-mail”）"],
            Messages(Company, data, ValidationMode.Draft));
    }

    [Fact]
    public void NullForAFieldThatIsNotRequiredIsFine()
    {
        Assert.Empty(Messages(Company, """{ "investment": null, "email": null }""", ValidationMode.Draft));
        Assert.Empty(Messages(Company, """{ "name": "甲公司", "photos": [1, 2, 3], "investment": null }""", ValidationMode.Final));
    }

    [Fact]
    public void NullAndEmptyTextCountAsMissingInFinalMode()
    {
        Assert.Equal(["企业名称为必填项"], Messages(Company, """{ "name": null, "photos": [1, 2, 3] }"""));
        Assert.Equal(["企业名称为必填项"], Messages(Company, """{ "name": "", "photos": [1, 2, 3] }"""));
        Assert.Equal(["企业名称为必填项"], Messages(Company, """{ "name": "  \n ", "photos": [1, 2, 3] }"""));
    }

    [Fact]
    public void EmptyTextIsNotCheckedAgainstFormats()
    {
        // An unanswered optional field is not a malformed e-mail address.
        Assert.Empty(Messages(Company, """{ "email": "" }""", ValidationMode.Draft));
    }

    [Fact]
    public void RequiredInsideThenAppliesOnlyInFinalMode()
    {
        const string schema = """
            {
              "properties": { "category": { "title": "企业类别" }, "level": { "title": "级别", "enum": ["国家级", "省级", "市级"] } },
              "if": { "properties": { "category": { "const": "绿色工厂" } }, "required": ["category"] },
              "then": { "required": ["level"] }
            }
            """;

        Assert.Empty(Messages(schema, """{ "category": "绿色工厂" }""", ValidationMode.Draft));
        Assert.Equal(["级别为必填项"], Messages(schema, """{ "category": "绿色工厂" }""", ValidationMode.Final));
        Assert.Single(Messages(schema, """{ "category": "绿色工厂", "level": "区级" }""", ValidationMode.Draft));
    }

    [Fact]
    public void ConditionsWithRequiredAreJudgedTheSameWayInDraft()
    {
        // Without "required" counting inside the condition, an absent category would satisfy it vacuously.
        const string schema = """
            {
              "properties": { "category": {}, "level": { "title": "级别", "maxLength": 2 } },
              "if": { "properties": { "category": { "const": "绿色工厂" } }, "required": ["category"] },
              "then": { "properties": { "level": { "maxLength": 3 } } },
              "else": { "properties": { "level": { "const": "无" } } }
            }
            """;

        Assert.Equal(["级别应为“无”（当前“省级”）"], Messages(schema, """{ "level": "省级" }""", ValidationMode.Draft));
    }

    [Fact]
    public void DependentRequiredAppliesOnlyInFinalMode()
    {
        const string schema = """{ "dependentRequired": { "a": ["b"] } }""";

        Assert.Empty(Messages(schema, """{ "a": 1 }""", ValidationMode.Draft));
        Assert.Single(Messages(schema, """{ "a": 1 }""", ValidationMode.Final));
    }
}
