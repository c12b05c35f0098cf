using System.Net.Http.Json;
using System.Text.Json;
using DocGen.Api.Tests.Support;

namespace DocGen.Api.Tests;

/// <summary>The error catalog served to integrators and to the template check page.</summary>
public sealed class DiagnosticsApiTests(DemoApi api) : IClassFixture<DemoApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task EveryCodeIsServedWithSeverityChineseTitleEnglishExplanationAndHint()
    {
        var entries = (await _client.GetFromJsonAsync<JsonElement>("/api/diagnostics")).EnumerateArray().ToList();

        Assert.Equal(23, entries.Count);
        Assert.Equal(entries.Count, entries.Select(e => e.GetProperty("code").GetString()).Distinct().Count());
        var unknownField = entries.Single(e => e.GetProperty("code").GetString() == "DG0201");
        Assert.Equal("error", unknownField.GetProperty("severity").GetString());
        Assert.Equal("标签引用了数据结构中没有的字段", unknownField.GetProperty("titleZh").GetString());
        Assert.StartsWith("Lint: a tag uses a field the schema does not have", unknownField.GetProperty("explanationEn").GetString());
        Assert.Contains("schema.json", unknownField.GetProperty("hint").GetString());
        Assert.Equal("warning", entries.Single(e => e.GetProperty("code").GetString() == "DG0204").GetProperty("severity").GetString());
        Assert.Equal(JsonValueKind.Null, entries.Single(e => e.GetProperty("code").GetString() == "DG0110").GetProperty("hint").ValueKind);
    }

    [Fact]
    public async Task TheContractDescribesTheCatalogAnswerInTheApisCamelCase()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/api/openapi.json");
        var operation = document.GetProperty("paths").GetProperty("/api/diagnostics").GetProperty("get");
        Assert.Equal("listDiagnostics", operation.GetProperty("operationId").GetString());
        var entry = document.GetProperty("components").GetProperty("schemas").GetProperty("DiagnosticEntry");
        Assert.Equal(["code", "severity", "titleZh", "explanationEn", "hint"], entry.GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }
}
