using System.Text;
using System.Text.Json;
using DocGen.Forms.Tests.Support;
using DocGen.Templates.Catalog;
using DocGen.Templates.Extraction;
using DocGen.Validation;

namespace DocGen.Forms.Tests.Extraction;

/// <summary>
/// Every sample rendered, read back, and compared field by field with its data. Which fields come back equal is
/// recorded per form version (Cases/…/extraction.txt, DOCGEN_ACCEPT_GOLDENS=1 to accept a change): a field that
/// stops coming back fails the test, and the file states per form how many do.
/// </summary>
public sealed class RoundTripTests
{
    [Theory]
    [MemberData(nameof(FormCases.Versions), MemberType = typeof(FormCases))]
    public void EverySampleReadBackFromItsDocumentGivesItsDataAgainAlsoWithItsRunsFragmented(string key)
    {
        var version = FormCases.Find(key);
        var report = new StringBuilder();
        foreach (var (sample, path) in version.Samples.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            using var data = JsonDocument.Parse(File.ReadAllBytes(path));
            var document = Render(version, data.RootElement);
            var direct = Read(version, document, data.RootElement);
            var fragmented = Read(version, RunFragmenter.Fragment(document), data.RootElement);
            Assert.Equal(direct, fragmented);
            report.Append(sample).Append(": ").Append(direct);
        }
        Golden.Check(Path.Combine(Repository.Cases, version.Authority, version.Form, version.Version), "extraction.txt", report.ToString());
    }

    internal static string Read(FormVersion version, byte[] docx, JsonElement expected)
    {
        var result = FormExtractor.Extract(version, FilledDocument.Read(docx), ValidationMode.Draft);
        var comparison = FieldComparison.Of(expected, result.Data, version);
        var text = new StringBuilder($"{comparison.Equal}/{comparison.Total} fields equal\n");
        foreach (var difference in comparison.Differences) text.Append("  differs ").Append(difference).Append('\n');
        foreach (var unmatched in result.Unmatched) text.Append("  unmatched ").Append(unmatched.Location).Append(": ").Append(unmatched.Text).Append('\n');
        return text.ToString();
    }

    internal static byte[] Render(FormVersion version, JsonElement data)
    {
        var form = FormToFill.Of(version);
        using var prepared = form.Prepare(data, "round-trip", ValidationMode.Draft, CancellationToken.None);
        Assert.True(prepared.Acceptable, string.Join("\n", prepared.Errors));
        var result = form.Render(prepared, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Document!;
    }
}
