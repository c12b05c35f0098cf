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
    public void AMinimumLengthIsOnlyRequiredOfAFinalSubmission()
    {
        const string body = """{ "title": "工厂简介", "type": "string", "minLength": 100, "maxLength": 500 }""";

        Assert.Empty(FieldMessages(body, new string('绿', 63), ValidationMode.Draft));
        Assert.Equal(["工厂简介不少于100字（当前63字）"], FieldMessages(body, new string('绿', 63), ValidationMode.Final));
        Assert.Equal(["工厂简介限500字以内（当前501字）"], FieldMessages(body, new string('绿', 501), ValidationMode.Draft));
    }

    private const string Report = """
        {
          "type": "object",
          "required": ["basic", "projects", "overview"],
          "properties": {
            "basic": {
              "title": "基本信息表", "type": "object", "required": ["name", "contact"],
              "properties": {
                "name": { "title": "工厂名称", "type": "string" },
                "contact": { "$ref": "#/$defs/contact" },
                "note": { "title": "备注", "type": "string" }
              }
            },
            "projects": { "title": "重点项目汇总表", "type": "array", "minItems": 2, "items": { "$ref": "#/$defs/project" } },
            "overview": { "title": "工厂基本情况", "type": "string" }
          },
          "$defs": {
            "contact": { "title": "联系人", "type": "object", "required": ["phone"], "properties": { "phone": { "title": "联系电话", "type": "string" } } },
            "project": { "title": "重点项目", "type": "object", "required": ["name", "content"],
              "properties": { "name": { "title": "项目名称", "type": "string" }, "content": { "title": "项目内容", "type": "string" } } }
          }
        }
        """;

    [Fact]
    public void AMissingSectionIsReportedFieldByFieldAndRowByRow()
    {
        var errors = Validate(Report, "{}").Select(e => e.ToString());

        Assert.Equal(
            [
                "/basic/name: 工厂名称为必填项",
                "/basic/contact/phone: 联系电话为必填项",
                "/projects/0/name: 项目名称为必填项",
                "/projects/0/content: 项目内容为必填项",
                "/projects/1/name: 项目名称为必填项",
                "/projects/1/content: 项目内容为必填项",
                "/overview: 工厂基本情况为必填项",
            ],
            errors);
    }

    [Fact]
    public void BeginningASectionLowersTheCountOfWhatIsMissingByOne()
    {
        var before = Validate(Report, "{}").Count;
        var after = Validate(Report, """{ "basic": { "name": "郑州某某工厂" } }""").Count;

        Assert.Equal(before - 1, after);
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
