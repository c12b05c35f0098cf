using System.Text;
using System.Text.Json;
using static DocGen.Validation.Tests.Support.Schemas;

namespace DocGen.Validation.Tests;

public sealed class RobustnessTests
{
    private const string Recursive = """
        { "$defs": { "node": { "type": ["object", "array", "string"], "items": { "$ref": "#/$defs/node" },
          "properties": { "next": { "$ref": "#/$defs/node" } } } }, "$ref": "#/$defs/node" }
        """;

    [Fact]
    public void DeeplyNestedDataIsReportedNotOverflowed()
    {
        var depth = 5000;
        var json = new string('[', depth) + new string(']', depth);

        var errors = Validate(Recursive, json);

        Assert.Contains(errors, e => e.Message.EndsWith("嵌套层级过深", StringComparison.Ordinal));
    }

    [Fact]
    public void DeeplyNestedObjectsWithoutSchemaAreFine()
    {
        var json = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            json.Append("{\"next\":");
        }

        json.Append("1").Append('}', 3000);

        Assert.NotNull(Validate("{}", json.ToString()));
        Assert.NotEmpty(Validate(Recursive, json.ToString()));
    }

    [Fact]
    public void HugeStringsAreMeasured()
    {
        var huge = new string('字', 5_000_000);

        Assert.Equal(["简介限300字以内（当前5000000字）"], FieldMessages("""{ "title": "简介", "maxLength": 300, "pattern": "^字+$" }""", huge));
    }

    [Fact]
    public void CatastrophicPatternsDoNotHang()
    {
        var text = new string('a', 5000) + "!";

        var messages = FieldMessages("""{ "title": "名称", "pattern": "^(a+)+\\1$" }""", text);

        Assert.Single(messages);
    }

    // Each text takes the backtracking engine to its per-match timeout (about 250 ms).
    private static readonly string EvilTexts = JsonSerializer.Serialize(Enumerable.Range(0, 200).Select(_ => new string('a', 40) + "!"));

    [Theory]
    [InlineData("""{ "type": "array", "items": { "type": "string", "pattern": "^(?=(a+)+$)" } }""")]
    [InlineData("""{ "type": "array", "items": { "if": { "pattern": "^(?=(a+)+$)" }, "then": { "maxLength": 1 } } }""")]
    [InlineData("""{ "type": "array", "contains": { "pattern": "^(?=(a+)+b$)" } }""")]
    public void ManyTextsAgainstABacktrackingPatternShareOneTimeBudgetWhereverThePatternIs(string items)
    {
        var schema = $$"""{ "type": "object", "properties": { "v": {{items}} } }""";
        var started = System.Diagnostics.Stopwatch.StartNew();

        var errors = Validate(schema, $$"""{ "v": {{EvilTexts}} }""");

        // 200 timeouts would take 50 s; the budget ends the walk after about a second of matching.
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), $"took {started.Elapsed}");
        Assert.Contains(errors, e => e.Pointer == "" && e.Message.Contains("pattern", StringComparison.Ordinal) && e.Message.Contains("1 秒", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidationStopsWhenItsCallerGivesUp()
    {
        var schema = Load("""{ "type": "object", "properties": { "v": { "type": "array", "items": { "type": "string", "maxLength": 10 } } } }""");
        using var gone = new CancellationTokenSource();
        gone.Cancel();

        var texts = JsonSerializer.Serialize(Enumerable.Repeat("长文字", 5000));

        Assert.ThrowsAny<OperationCanceledException>(() => schema.Validate(Data($$"""{ "v": {{texts}} }"""), ValidationMode.Final, gone.Token));
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("1e-400")]
    [InlineData("123456789012345678901234567890123456789")]
    public void OddNumbersAreHandled(string number)
    {
        const string body = """{ "type": "integer", "minimum": 0, "maximum": 100, "exclusiveMaximum": 1e300, "enum": [1, 2], "format": "year" }""";

        Assert.NotEmpty(Messages(Field(body), $$"""{ "v": {{number}} }"""));
    }

    [Fact]
    public void LargeArraysWithUniqueItemsEndWithANote()
    {
        var items = string.Join(",", Enumerable.Range(0, 5000));

        var errors = Validate("""{ "uniqueItems": true }""", $"[{items}]");

        Assert.Equal("数据过大，未能全部校验", Assert.Single(errors).Message);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("\"text\"")]
    [InlineData("[]")]
    [InlineData("3")]
    public void AnyDocumentIsAccepted(string json)
    {
        var errors = Validate("""{ "title": "表单", "type": "object" }""", json);

        Assert.Equal(["表单应为对象"], errors.Select(e => e.Message));
    }

    [Fact]
    public void AnUninitialisedElementCountsAsNoData()
    {
        var schema = Load("""{ "title": "表单", "type": "object", "const": {} }""");

        Assert.Equal(["表单应为对象"], schema.Validate(default, ValidationMode.Draft).Select(e => e.Message));
    }

    [Fact]
    public void ASchemaCanBeUsedFromManyThreads()
    {
        var schema = Load("""{ "properties": { "v": { "title": "名称", "maxLength": 1, "pattern": "^a" } } }""");
        var data = Data("""{ "v": "bb" }""");

        Parallel.For(0, 200, _ => Assert.Equal(2, schema.Validate(data, ValidationMode.Final).Count));
    }

    [Fact]
    public void StringsEscapingLoneSurrogatesAreValidatedNotThrown()
    {
        var schema = FormSchema.Load("""
            {"type":"object","properties":{"name":{"type":"string","title":"企业名称","maxLength":3},"mail":{"type":"string","format":"email","title":"电子邮箱"},"kind":{"enum":["甲"]}}}
            """).Schema!;
        using var data = JsonDocument.Parse("{\"name\":\"A\\uD800BCD\",\"mail\":\"\\uDC00x@\",\"kind\":\"\\uD800乙\"}");
        var errors = schema.Validate(data.RootElement, ValidationMode.Final);
        Assert.Equal(["/name", "/mail", "/kind"], errors.Select(e => e.Pointer));
        Assert.Equal("企业名称限3字以内（当前4字）", errors[0].Message);
    }
}
