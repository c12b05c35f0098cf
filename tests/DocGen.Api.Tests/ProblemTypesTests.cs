using System.Text.RegularExpressions;
using DocGen.Api.Problems;
using DocGen.Tests.Shared;

namespace DocGen.Api.Tests;

/// <summary>The problem types are named in one place, and the README's table of refusals is that place's.</summary>
public sealed partial class ProblemTypesTests
{
    [Fact]
    public void TheReadmesProblemTableListsEveryProblemTypeWithItsStatusAndNoOther()
    {
        var listed = new Dictionary<string, List<int>>();
        foreach (var row in File.ReadLines(Path.Combine(Repository.Root, "README.md")).Select(l => TableRow().Match(l)).Where(m => m.Success))
        {
            var statuses = row.Groups["statuses"].Value.Split(',').Select(s => int.Parse(s.Trim())).ToList();
            // The types are the backticked words outside parentheses (inside them are the extra members).
            var types = Regex.Replace(row.Groups["types"].Value, @"\([^)]*\)", "");
            foreach (Match type in Regex.Matches(types, "`([a-z-]+)`")) listed[type.Groups[1].Value] = statuses;
        }

        Assert.Equal(ProblemTypes.All.Select(t => t.Slug).Order(), listed.Keys.Order());
        Assert.All(ProblemTypes.All, t => Assert.Contains(t.Status, listed[t.Slug]));
    }

    [Fact]
    public void EveryProblemTypeHasItsOwnSlugAndAChineseTitle()
    {
        Assert.Equal(ProblemTypes.All.Count, ProblemTypes.All.Select(t => t.Uri).Distinct().Count());
        Assert.All(ProblemTypes.All, t => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", t.Title));
        Assert.All(ProblemTypes.All, t => Assert.StartsWith("https://docgen.local/problems/", t.Uri));
    }

    [GeneratedRegex(@"^\| (?<statuses>\d{3}(, \d{3})*) \| (?<types>[^|]+) \|")]
    private static partial Regex TableRow();
}
