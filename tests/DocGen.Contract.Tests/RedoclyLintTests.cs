using System.Text.Json;
using DocGen.Contract.Tests.Support;

namespace DocGen.Contract.Tests;

/// <summary>
/// The service's document and a form's document lint clean under Redocly's recommended rules (redocly.yaml). The only
/// warnings allowed are the ones listed here with their reason; any new endpoint without an operation id, summary,
/// error answers or tag description fails this test.
/// </summary>
[Collection(ContractCollection.Name)]
public sealed class RedoclyLintTests(ContractServer server)
{
    /// <summary>Rule and location of each warning kept, and why it is right to keep it.</summary>
    private static readonly Dictionary<(string Rule, string Pointer), string> KeptWarnings = new()
    {
        [("info-license", "#/info")] = "the service is not published under a licence, and the document does not invent one",
        [("operation-4xx-response", "#/paths/~1health~1live/get/responses")] = "the liveness probe answers 200 or nothing: it is never limited and has no parameters",
        [("operation-4xx-response", "#/paths/~1health~1ready/get/responses")] = "the readiness probe answers 200 or 503: it is never limited and has no parameters",
    };

    [Fact]
    public Task TheServiceDocumentLintsCleanUnderTheRecommendedRules() => AssertLintsCleanAsync("/api/openapi.json", "service.json");

    [Fact]
    public Task AFormsDocumentLintsCleanUnderTheRecommendedRules() =>
        AssertLintsCleanAsync("/api/forms/henan/annual-review-factory/openapi.json?version=2023", "henan-annual-review-factory.json");

    private async Task AssertLintsCleanAsync(string path, string file)
    {
        var document = await server.SaveAsync(path, file);
        Assert.True(File.Exists(Repository.Redocly), $"{Repository.Redocly} is missing: run `npm ci` in the repository (./test.sh does)");
        var run = await Tool.RunAsync(Repository.Redocly,
            ["lint", document, "--config", Path.Combine(Repository.Root, "redocly.yaml"), "--format", "json"],
            Repository.Root, TimeSpan.FromMinutes(2));
        Assert.True(run.Output.TrimStart().StartsWith('{'), $"redocly gave no report (exit {run.ExitCode}):\n{run.Both}");
        using var json = JsonDocument.Parse(run.Output);
        var problems = json.RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => (Rule: p.GetProperty("ruleId").GetString()!, Severity: p.GetProperty("severity").GetString()!,
                Pointer: p.GetProperty("location")[0].GetProperty("pointer").GetString()!, Message: p.GetProperty("message").GetString()!))
            .ToList();
        var unexplained = problems.Where(p => p.Severity != "warn" || !KeptWarnings.ContainsKey((p.Rule, p.Pointer))).ToList();
        Assert.True(unexplained.Count == 0, $"{path}: " + string.Join("\n", unexplained.Select(p => $"{p.Severity} {p.Rule} at {p.Pointer}: {p.Message}")));
    }
}
