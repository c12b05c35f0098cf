using DocGen.Forms.Tests.Support;
using DocGen.Templates.Inspection;

namespace DocGen.Forms.Tests;

/// <summary>A blank form must reproduce its notice: at least 97% of the seed text of its lines, in the same order.</summary>
public sealed class SeedCoverageTests
{
    public const double Required = 0.97;

    [Theory]
    [MemberData(nameof(FormCases.Versions), MemberType = typeof(FormCases))]
    public void BlankFormCarriesTheNoticeTextInOrder(string key)
    {
        var version = FormCases.Find(key);
        if (version.IsReconstructed) return; // no notice text to compare with: the manifest states the basis instead
        var coverage = NoticeCoverage.Measure(version, Repository.Seeds);
        Assert.True(coverage >= Required, $"{key}: {coverage:P1} of the notice text appears in order (need {Required:P0})");
    }

    [Fact]
    public void LcsCountsCommonCharactersInOrder()
    {
        Assert.Equal(4, Lcs.Length("ABCBDAB", "BDCABA"));
        var longA = string.Concat(Enumerable.Repeat("绿色工厂自评价报告", 50));
        Assert.Equal(longA.Length, Lcs.Length(longA, "前" + longA + "后"));
        Assert.Equal(0, Lcs.Length("abc", "xyz"));
    }
}
