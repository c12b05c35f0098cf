using System.Text.Json;
using DocGen.Templates.Catalog;
using DocGen.Validation;

namespace DocGen.Forms.Tests;

/// <summary>
/// Totals the service computes for the samples, checked by hand against the forms' own formulas
/// (the working is in each comment), so a change to a formula or a table cannot go unnoticed.
/// </summary>
public sealed class HandCheckedScoreTests
{
    [Theory]
    // 附表2.2: Σ 一级指标得分 × 权重: 97×20% + 100×15% + 93×15% + 84.5×10% + 95×10% + 92.5×30% = 19.40+15+13.95+8.45+9.5+27.75
    [InlineData("henan/green-factory-third-party-evaluation@2023", "luohe-brake-parts", "/result/score", 94.05)]
    // the same table for MIIT's copy: 96→19.20, 100→15, 93→13.95, 77→7.70, 93→9.30, 87→26.10
    [InlineData("miit/green-factory-third-party-evaluation@2022", "jiaxing-dyeing", "/result/score", 91.25)]
    // 附表1.2 X11–X64: X1 19 + X2 19 + X3 19 + X4 15.5 + X5 9 + X6 9 (GSCF = X11 + … + X64)
    [InlineData("henan/green-supply-chain-self-evaluation@2023", "hebi-auto-electronics", "/evaluation/gscf", 90.5)]
    // the agency's scores: 19 + 18.5 + 19 + 15 + 9 + 9
    [InlineData("henan/green-supply-chain-third-party-evaluation@2023", "hebi-auto-electronics", "/evaluation/gscf", 89.5)]
    // 19 + 18.5 + 20 + 16.5 + 8 + 9
    [InlineData("miit/green-supply-chain-self-evaluation@2022", "ningbo-kitchen-appliances", "/evaluation/gscf", 91)]
    // Σ 权重 × 得分 / 100 over the 31 park indicators: EG 20.368 + RG 25.793 + IG 12.32 + CG 16.208 + HG 20.843 + MG 8.0 = 103.532
    [InlineData("henan/green-park-self-evaluation@2023", "hebi-etdz", "/result/score", 103.5)]
    // the agency revised 水资源产出率 to 111.8 and 露天停车场遮荫比例 to 75.0
    [InlineData("henan/green-park-third-party-evaluation@2023", "hebi-etdz-evaluation", "/result/score", 103.4)]
    // 13 projects, 2 not passed: 11 ÷ 13 = 84.615…%
    [InlineData("miit/evaluation-agency-annual-report@2022", "nanjing-agency", "/projects/passRate", 84.6)]
    // 12 staff of 中级职称以上; 6 senior in 能源、环境、生态、低碳、生命周期评价 (李明轩 is senior but in 其他)
    [InlineData("miit/evaluation-agency-annual-report@2022", "nanjing-agency", "/staff/seniorRelevant", 6)]
    public void SampleTotalsAreWhatTheFormulaGivesByHand(string key, string sample, string pointer, double expected)
    {
        var version = FormCases.Find(key);
        using var data = JsonDocument.Parse(File.ReadAllBytes(version.Samples[sample]));
        using var prepared = FormToFill.Of(version).Prepare(data.RootElement, "sample", ValidationMode.Final, CancellationToken.None);
        Assert.True(prepared.Acceptable, string.Join("\n", prepared.Errors));
        var value = pointer.Trim('/').Split('/').Aggregate(prepared.Computed, (node, name) => node.GetProperty(name));
        Assert.Equal((decimal)expected, value.GetDecimal());
    }

    [Fact]
    public void ASubmittedTotalThatDisagreesIsReportedWithTheComputedOne()
    {
        var version = FormCases.Find("henan/green-supply-chain-self-evaluation@2023");
        var json = File.ReadAllText(version.Samples["hebi-auto-electronics"]);
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        node["evaluation"]!["gscf"] = 95;
        using var data = JsonDocument.Parse(node.ToJsonString());
        using var prepared = FormToFill.Of(version).Prepare(data.RootElement, "sample", ValidationMode.Draft, CancellationToken.None);
        var error = Assert.Single(prepared.Errors);
        Assert.Equal("/evaluation/gscf", error.Pointer);
        Assert.Contains("应为90.5", error.Message);
    }
}
