using System.Text.RegularExpressions;
using DocGen.Templates.Versions;

namespace DocGen.Forms.Tests;

/// <summary>Differences between consecutive versions of the real forms.</summary>
public sealed partial class VersionDiffTests
{
    [Fact]
    public void TheNextRoundOfTheNationalGreenFactoryTableChangesItsYearsAndNothingElse()
    {
        var comparison = VersionDiff.Compare(FormCases.Find("miit/green-factory-dynamic-management@2022"), FormCases.Find("miit/green-factory-dynamic-management@2023"));
        Assert.Equal(3, comparison.Changes.Count); // 产值 and 能源消费总量 years, and the year of 指标情况
        foreach (var change in comparison.Changes)
        {
            Assert.Equal(VersionChange.Changed, change.Kind);
            Assert.Equal(change.After, Year().Replace(change.Before!, m => (int.Parse(m.Value) + 1).ToString()));
        }
    }

    [GeneratedRegex("(19|20)[0-9]{2}")]
    private static partial Regex Year();
}
