using static DocGen.Validation.Tests.Support.Schemas;

namespace DocGen.Validation.Tests;

public sealed class KeywordTests
{
    [Fact]
    public void MaxLengthCountsCharactersWithoutLineBreaks()
    {
        const string body = """{ "title": "企业简介", "type": "string", "maxLength": 5 }""";

        Assert.Empty(FieldMessages(body, "一二三\r\n四五"));
        Assert.Empty(FieldMessages(body, "一二\n\n三四五"));
        Assert.Equal(["企业简介限5字以内（当前6字）"], FieldMessages(body, "一二三\n四五六"));
    }

    [Fact]
    public void MaxLengthCountsSupplementaryCharactersOnce()
    {
        // 𠀀 is outside the BMP: two UTF-16 units, one 字.
        Assert.Empty(FieldMessages("""{ "title": "名称", "maxLength": 2 }""", "𠀀𠀁"));
    }

    [Fact]
    public void MinLengthReportsTheCurrentCount()
    {
        Assert.Equal(["亮点标题不少于5字（当前3字）"], FieldMessages("""{ "title": "亮点标题", "type": "string", "minLength": 5 }""", "节能降"));
    }

    [Theory]
    [InlineData("""{ "title": "项目投资（万元）", "type": "number" }""", "\"很多\"", "项目投资（万元）应为数字")]
    [InlineData("""{ "title": "企业名称", "type": "string" }""", "12", "企业名称应为文字")]
    [InlineData("""{ "title": "亮点", "type": "array" }""", "\"a\"", "亮点应为列表")]
    [InlineData("""{ "title": "是否上市", "type": "boolean" }""", "\"是\"", "是否上市应为是或否")]
    [InlineData("""{ "title": "员工人数", "type": "integer" }""", "12.5", "员工人数应为整数")]
    [InlineData("""{ "title": "投资", "type": ["number", "null"] }""", "\"x\"", "投资应为数字")]
    [InlineData("""{ "title": "年份", "type": ["integer", "string"] }""", "true", "年份应为整数或文字")]
    public void TypeMismatchNamesTheExpectedKind(string body, string value, string message)
    {
        Assert.Equal([message], Messages(Field(body), $$"""{ "v": {{value}} }"""));
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1e2")]
    [InlineData("120e-1")]
    [InlineData("-0.0")]
    [InlineData("1e400")]
    public void IntegersMayBeWrittenWithAFractionOrExponent(string value)
    {
        Assert.Empty(Messages(Field("""{ "type": "integer" }"""), $$"""{ "v": {{value}} }"""));
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("12e-1")]
    [InlineData("1e-400")]
    public void FractionsAreNotIntegers(string value)
    {
        Assert.Single(Messages(Field("""{ "type": "integer" }"""), $$"""{ "v": {{value}} }"""));
    }

    [Fact]
    public void NullIsAcceptedWhereTheTypeListAllowsIt()
    {
        const string schema = """{ "type": "array", "items": { "type": ["number", "null"] } }""";
        Assert.Empty(Messages(schema, "[1, null]"));
        Assert.Single(Messages("""{ "type": "array", "items": { "type": "number" } }""", "[1, null]"));
    }

    [Fact]
    public void EnumListsTheChoicesWithCircledNumbers()
    {
        const string body = """{ "title": "项目类别", "enum": ["原辅料替代", "资源能源节约", "末端治理"] }""";

        Assert.Empty(FieldMessages(body, "末端治理"));
        Assert.Equal(["项目类别应为以下之一：①原辅料替代、②资源能源节约、③末端治理（当前“xx”）"], FieldMessages(body, "xx"));
    }

    [Fact]
    public void EnumComparesNumbersByValue()
    {
        Assert.Empty(Messages(Field("""{ "enum": [1, 2.5] }"""), """{ "v": 1.0 }"""));
    }

    [Fact]
    public void ConstRequiresTheExactValue()
    {
        const string body = """{ "title": "承诺", "const": "同意" }""";

        Assert.Empty(FieldMessages(body, "同意"));
        Assert.Equal(["承诺应为“同意”（当前“不同意”）"], FieldMessages(body, "不同意"));
    }

    [Fact]
    public void MinimumAndMaximumAreInclusive()
    {
        Assert.Empty(FieldMessages("""{ "minimum": 0, "maximum": 10 }""", 0));
        Assert.Empty(FieldMessages("""{ "minimum": 0, "maximum": 10 }""", 10));
        Assert.Equal(["项目投资（万元）不能小于0"], FieldMessages("""{ "title": "项目投资（万元）", "type": "number", "minimum": 0 }""", -1));
        Assert.Equal(["得分不能大于10"], FieldMessages("""{ "title": "得分", "maximum": 10 }""", 10.5));
    }

    [Fact]
    public void ExclusiveLimitsRejectTheLimitItself()
    {
        Assert.Equal(["节能量应大于0"], FieldMessages("""{ "title": "节能量", "exclusiveMinimum": 0 }""", 0));
        Assert.Equal(["比例应小于100"], FieldMessages("""{ "title": "比例", "exclusiveMaximum": 100 }""", 100));
        Assert.Empty(FieldMessages("""{ "exclusiveMinimum": 0, "exclusiveMaximum": 100 }""", 0.001));
    }

    [Fact]
    public void NumbersBeyondDoubleAreComparedWithoutOverflow()
    {
        Assert.Equal(["金额不能大于1000000"], Messages(Field("""{ "title": "金额", "maximum": 1000000 }"""), """{ "v": 1e400 }"""));
        Assert.Equal(["金额不能小于0"], Messages(Field("""{ "title": "金额", "minimum": 0 }"""), """{ "v": -1e400 }"""));
        Assert.Equal(["金额应大于0"], Messages(Field("""{ "title": "金额", "exclusiveMinimum": 0 }"""), """{ "v": 1e-400 }"""));
    }

    [Fact]
    public void DecimalLimitsAreExact()
    {
        // 0.1 + 0.2 style rounding must not let 0.30000000000000001 pass a maximum of 0.3 or fail 0.3 itself.
        Assert.Empty(Messages(Field("""{ "maximum": 0.3 }"""), """{ "v": 0.3 }"""));
        Assert.Single(Messages(Field("""{ "maximum": 0.3 }"""), """{ "v": 0.30000000000000001 }"""));
    }

    [Fact]
    public void MinItemsUsesTheDeclaredCounterWord()
    {
        const string body = """{ "title": "企业形象照片", "type": "array", "x-unit": "张", "minItems": 3 }""";

        Assert.Equal(["企业形象照片至少3张（当前2张）"], FieldMessages(body, new[] { "a", "b" }));
    }

    [Fact]
    public void MaxItemsDefaultsToTheCounterWordXiang()
    {
        Assert.Equal(["工作亮点最多3项（当前4项）"], FieldMessages("""{ "title": "工作亮点", "maxItems": 3 }""", new[] { 1, 2, 3, 4 }));
    }

    [Fact]
    public void ItemsAreCheckedOneByOneWithTheirPosition()
    {
        var errors = Validate(Field("""{ "title": "亮点", "items": { "type": "string", "maxLength": 2 } }"""), """{ "v": ["好", "太长了", 3] }""");

        Assert.Equal(["/v/1: 亮点第2项限2字以内（当前3字）", "/v/2: 亮点第3项应为文字"], errors.Select(e => e.ToString()));
        Assert.Equal("亮点第2项", errors[0].Label);
    }

    [Fact]
    public void UniqueItemsNamesBothPositions()
    {
        Assert.Equal(["荣誉第3项与第1项重复"], FieldMessages("""{ "title": "荣誉", "uniqueItems": true }""", new[] { "绿色工厂", "节水型企业", "绿色工厂" }));
    }

    [Fact]
    public void ContainsAsksForAMatchingItem()
    {
        const string body = """{ "title": "企业类别", "contains": { "const": "绿色工厂" } }""";

        Assert.Empty(FieldMessages(body, new[] { "绿色供应链", "绿色工厂" }));
        Assert.Equal(["企业类别应包含“绿色工厂”"], FieldMessages(body, new[] { "绿色供应链" }));
    }

    [Fact]
    public void RequiredNamesTheMissingFieldByItsTitle()
    {
        const string schema = """
            { "type": "object", "required": ["name"], "properties": { "name": { "title": "企业名称", "type": "string" } } }
            """;

        var error = Assert.Single(Validate(schema, "{}"));
        Assert.Equal(new DataError("/name", "企业名称", "企业名称为必填项"), error);
    }

    [Fact]
    public void RequiredFallsBackToThePropertyName()
    {
        Assert.Equal(["contact为必填项"], Messages("""{ "required": ["contact"] }""", "{}"));
    }

    [Fact]
    public void AdditionalPropertiesFalseReportsUnknownFields()
    {
        const string schema = """{ "type": "object", "additionalProperties": false, "properties": { "name": {} } }""";

        var error = Assert.Single(Validate(schema, """{ "name": "x", "foo": 1 }"""));
        Assert.Equal("/foo: 未知字段“foo”", error.ToString());
    }

    [Fact]
    public void AdditionalPropertiesSchemaChecksTheExtraFields()
    {
        const string schema = """{ "title": "备注", "additionalProperties": { "title": "说明", "type": "string" } }""";

        Assert.Equal(["/x: 说明应为文字"], Validate(schema, """{ "x": 1 }""").Select(e => e.ToString()));
    }

    [Fact]
    public void PatternUsesTheCustomMessageWhenGiven()
    {
        Assert.Equal(["邮编应为6位数字"], FieldMessages("""{ "title": "邮编", "pattern": "^[0-9]{6}$", "x-patternMessage": "邮编应为6位数字" }""", "51000"));
        Assert.Equal(["联系电话格式不正确"], FieldMessages("""{ "title": "联系电话", "pattern": "^[0-9-]+$" }""", "电话"));
    }

    [Fact]
    public void PatternSearchesAnywhereUnlessAnchored()
    {
        Assert.Empty(FieldMessages("""{ "pattern": "绿色" }""", "国家级绿色工厂"));
    }

    [Fact]
    public void PatternWithLookaroundStillWorks()
    {
        Assert.Single(FieldMessages("""{ "pattern": "^(?!.*测试).*$" }""", "这是测试数据"));
    }

    [Fact]
    public void IfThenAppliesTheRuleOnlyWhenTheConditionHolds()
    {
        const string schema = """
            {
              "type": "object",
              "properties": {
                "categories": { "title": "企业类别", "type": "array", "items": { "type": "string" } },
                "level": { "title": "级别", "type": "string" }
              },
              "if": { "properties": { "categories": { "contains": { "const": "绿色工厂" } } }, "required": ["categories"] },
              "then": { "required": ["level"] }
            }
            """;

        Assert.Equal(["级别为必填项"], Messages(schema, """{ "categories": ["绿色工厂"] }"""));
        Assert.Empty(Messages(schema, """{ "categories": ["绿色供应链"] }"""));
        Assert.Empty(Messages(schema, "{}"));
    }

    [Fact]
    public void ElseAppliesWhenTheConditionFails()
    {
        const string schema = """
            {
              "properties": { "listed": { "type": "boolean" }, "code": { "title": "股票代码", "type": "string" } },
              "if": { "properties": { "listed": { "const": true } }, "required": ["listed"] },
              "then": { "required": ["code"] },
              "else": { "properties": { "code": { "maxLength": 0 } } }
            }
            """;

        Assert.Equal(["股票代码为必填项"], Messages(schema, """{ "listed": true }"""));
        Assert.Equal(["股票代码限0字以内（当前6字）"], Messages(schema, """{ "listed": false, "code": "600000" }"""));
    }

    [Fact]
    public void DependentRequiredNamesTheTrigger()
    {
        const string schema = """
            {
              "properties": { "honor": { "title": "获得荣誉" }, "honorYear": { "title": "获评年份" } },
              "dependentRequired": { "honor": ["honorYear"] }
            }
            """;

        Assert.Equal(["获评年份为必填项（已填写获得荣誉）"], Messages(schema, """{ "honor": "国家级绿色工厂" }"""));
        Assert.Empty(Messages(schema, """{ "honor": "" }"""));
        Assert.Empty(Messages(schema, "{}"));
    }

    [Fact]
    public void AllOfAppliesEverySchema()
    {
        const string body = """{ "title": "名称", "allOf": [{ "minLength": 2 }, { "pattern": "公司$" }] }""";

        Assert.Equal(["名称不少于2字（当前1字）", "名称格式不正确"], FieldMessages(body, "x"));
    }

    [Fact]
    public void RefSharesAnItemShapeFromDefs()
    {
        const string schema = """
            {
              "$defs": { "person": { "type": "object", "required": ["name"], "properties": { "name": { "title": "姓名", "maxLength": 4 } } } },
              "properties": {
                "leader": { "title": "负责人", "$ref": "#/$defs/person" },
                "members": { "title": "成员", "items": { "$ref": "#/$defs/person" } }
              }
            }
            """;

        var errors = Validate(schema, """{ "leader": {}, "members": [{ "name": "欧阳修远山" }] }""");

        Assert.Equal(["/leader/name: 姓名为必填项", "/members/0/name: 姓名限4字以内（当前5字）"], errors.Select(e => e.ToString()));
    }

    [Fact]
    public void RecursiveRefFollowsTheData()
    {
        const string schema = """
            { "$defs": { "node": { "properties": { "name": { "type": "string" }, "children": { "items": { "$ref": "#/$defs/node" } } } } },
              "$ref": "#/$defs/node" }
            """;

        Assert.Equal(["/children/0/children/0/name: name应为文字"], Validate(schema, """{ "children": [{ "children": [{ "name": 1 }] }] }""").Select(e => e.ToString()));
    }

    [Fact]
    public void FalseSchemaForbidsTheField()
    {
        Assert.Equal(["old不应填写"], Messages("""{ "properties": { "old": false } }""", """{ "old": "x" }"""));
    }
}
