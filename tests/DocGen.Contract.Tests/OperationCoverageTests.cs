using System.Text.Json;
using DocGen.Contract.Tests.Support;

namespace DocGen.Contract.Tests;

/// <summary>
/// Every operation the service maps is described so that a generator can type it: an operation id, a success answer
/// with a schema for each of its media types, and its refusals as problem+json. Redocly checks ids and that some 4xx
/// exists; an answer without content (which Kiota turns into an untyped stream or nothing) passes Redocly but not this.
/// </summary>
[Collection(ContractCollection.Name)]
public sealed class OperationCoverageTests(ContractServer server)
{
    [Fact]
    public async Task EveryOperationHasAnIdATypedSuccessAnswerAndProblemAnswers()
    {
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(await server.SaveAsync("/api/openapi.json", "coverage.json")));
        var gaps = new List<string>();
        var operations = 0;
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
            {
                operations++;
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                if (!operation.Value.TryGetProperty("operationId", out _)) gaps.Add($"{name}: no operationId");
                var responses = operation.Value.GetProperty("responses").EnumerateObject().ToList();
                var success = responses.Where(r => r.Name.StartsWith('2')).ToList();
                if (success.Count == 0) gaps.Add($"{name}: no success answer");
                foreach (var answer in success)
                {
                    if (!answer.Value.TryGetProperty("content", out var content) || !content.EnumerateObject().Any())
                        gaps.Add($"{name}: {answer.Name} has no content");
                    else
                        gaps.AddRange(content.EnumerateObject().Where(m => !m.Value.TryGetProperty("schema", out _)).Select(m => $"{name}: {answer.Name} {m.Name} has no schema"));
                }
                // The readiness probe's 503 is its status document, as a load balancer reads it; every other refusal is a problem.
                foreach (var refusal in responses.Where(r => r.Name[0] is '4' or '5' && !path.Name.StartsWith("/health/", StringComparison.Ordinal)))
                {
                    if (!refusal.Value.TryGetProperty("content", out var content) || !content.TryGetProperty("application/problem+json", out _))
                        gaps.Add($"{name}: {refusal.Name} is not application/problem+json");
                }
            }
        }

        Assert.True(operations >= 18, $"only {operations} operations described");
        Assert.True(gaps.Count == 0, string.Join("\n", gaps));
    }
}
