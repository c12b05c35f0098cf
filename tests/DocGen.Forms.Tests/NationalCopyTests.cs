using DocGen.Forms.Tests.Support;
using DocGen.Templates.Catalog;
using DocGen.Templates.Inspection;

namespace DocGen.Forms.Tests;

/// <summary>
/// Every MIIT reconstruction says how sure it is, names the copies it was compared with, and prints the key lines
/// of the copies it claims. The key lines are kept beside the tests (NationalCopies/miit/form/version.txt): under
/// each consulted address, text of that copy the blank form must carry.
/// </summary>
public sealed class NationalCopyTests
{
    private static readonly string[] Confidences = ["national-copy", "provincial-copy", "synthetic"];

    public static TheoryData<string> MiitVersions()
    {
        var data = new TheoryData<string>();
        foreach (var form in FormCases.Catalog.Current.Forms.Where(f => f.Authority == "miit"))
            foreach (var version in form.Versions) data.Add(version.Key);
        return data;
    }

    [Theory]
    [MemberData(nameof(MiitVersions))]
    public void DeclaresItsConfidenceAndEveryCopyItWasComparedWith(string key)
    {
        var version = FormCases.Find(key);
        Assert.Contains(version.Manifest.Confidence, Confidences);
        Assert.NotEmpty(version.Manifest.Consulted);
        var fixture = KeyLines.Read(version.Authority, version.Form, version.Version);
        foreach (var source in version.Manifest.Consulted)
        {
            Assert.False(string.IsNullOrWhiteSpace(source.Title), $"{key}: a consulted copy has no title");
            Assert.False(string.IsNullOrWhiteSpace(source.Took), $"{key}: {source.Address} does not say what was taken");
            if (source.Address.StartsWith("http", StringComparison.Ordinal))
                Assert.True(Uri.TryCreate(source.Address, UriKind.Absolute, out _), $"{key}: {source.Address} is not an address");
            else
                Assert.True(InCatalog(source.Address), $"{key}: {source.Address} is neither a web address nor a catalog version");
        }
        Assert.Equal(version.Manifest.Consulted.Select(s => s.Address).Order(), fixture.Keys.Order());
        if (version.Manifest.Confidence != "synthetic")
            Assert.Contains(fixture.Values, lines => lines.Count > 0);
    }

    [Theory]
    [MemberData(nameof(MiitVersions))]
    public void BlankFormCarriesTheKeyLinesOfTheCopiesItClaims(string key)
    {
        var version = FormCases.Find(key);
        var docx = FormToFill.Of(version).RenderBlank();
        var text = NoticeText.Normalize(NoticeCoverage.DocumentText(docx));
        var missing = KeyLines.Read(version.Authority, version.Form, version.Version)
            .SelectMany(copy => copy.Value.Where(line => !text.Contains(NoticeText.Normalize(line), StringComparison.Ordinal)).Select(line => $"{copy.Key}: {line}"))
            .ToList();
        Assert.True(missing.Count == 0, $"{key} does not print:\n{string.Join("\n", missing)}");
    }

    // authority/form@version of a province's copy held in the catalog.
    private static bool InCatalog(string address)
    {
        var parts = address.Split('@');
        var id = parts[0].Split('/');
        return parts.Length == 2 && id.Length == 2 && FormCases.Catalog.Current.Find(id[0], id[1])?.Find(parts[1]) is not null;
    }

    private static class KeyLines
    {
        /// <summary>Consulted address → the key lines recorded under it ("# …" lines are comments).</summary>
        public static Dictionary<string, List<string>> Read(string authority, string form, string version)
        {
            var path = Path.Combine(Repository.Root, "tests", "DocGen.Forms.Tests", "NationalCopies", authority, form, version + ".txt");
            Assert.True(File.Exists(path), $"no key lines recorded for {authority}/{form}@{version} ({path})");
            var copies = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            List<string>? current = null;
            foreach (var raw in File.ReadAllLines(path))
            {
                var line = raw.Trim();
                if (line.Length == 0 || line.StartsWith('#')) continue;
                if (line.StartsWith('[') && line.EndsWith(']')) copies[line[1..^1]] = current = [];
                else (current ?? throw new InvalidDataException($"{path}: \"{line}\" stands before any [address]")).Add(line);
            }
            return copies;
        }
    }
}
