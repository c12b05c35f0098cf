using System.Text.Json;
using DocGen.Templates.Catalog;
using DocGen.Templates.Computation;

namespace DocGen.Templates.Tests;

public sealed class ComputationTests
{
    private static (JsonElement Data, IReadOnlyList<Validation.DataError> Errors) Apply(string json, params ComputationSpec[] specs) =>
        FormComputer.Apply(JsonDocument.Parse(json).RootElement, specs);

    // A green-factory style table: per-level sums, then the weighted total (weights in percent).
    private static readonly ComputationSpec[] FactoryScoring =
    [
        new() { Field = "/levels/*/subtotal", Title = "一级指标得分", Sum = "/levels/*/items/*/score", Decimals = 1 },
        new() { Field = "/total", Title = "总分", WeightedSum = "/levels/*/subtotal", Weights = "/levels/*/weight", DivideBy = 100, Decimals = 1 },
    ];

    private const string Factory = """
    {"levels":[
      {"weight":20,"items":[{"score":8},{"score":6.5},{"score":null}]},
      {"weight":80,"items":[{"score":40},{"score":45}]}
    ]}
    """;

    [Fact]
    public void LevelSumsAndTheWeightedTotalAreComputedAsByHand()
    {
        // level 1: 8 + 6.5 + 0 = 14.5; level 2: 40 + 45 = 85; total = (20 × 14.5 + 80 × 85) / 100 = 2.9 + 68 = 70.9
        var (data, errors) = Apply(Factory, FactoryScoring);
        Assert.Empty(errors);
        Assert.Equal(14.5m, data.GetProperty("levels")[0].GetProperty("subtotal").GetDecimal());
        Assert.Equal(85m, data.GetProperty("levels")[1].GetProperty("subtotal").GetDecimal());
        Assert.Equal(70.9m, data.GetProperty("total").GetDecimal());
    }

    [Fact]
    public void ASubmittedTotalThatDisagreesIsReported()
    {
        var (_, errors) = Apply(Factory.Replace("\"levels\"", "\"total\": 75, \"levels\""), FactoryScoring);
        var error = Assert.Single(errors);
        Assert.Equal("/total", error.Pointer);
        Assert.Equal("总分应为70.9（按表中数据计算），填写的是75", error.Message);
    }

    [Fact]
    public void ASubmittedTotalThatAgreesWithinRoundingIsAccepted() =>
        Assert.Empty(Apply(Factory.Replace("\"levels\"", "\"total\": 70.94, \"levels\""), FactoryScoring).Errors);

    [Fact]
    public void SumsOverObjectMembersWithFixedWeightsAndACap()
    {
        // GSCF-like: X11..X13 summed; park-like: a single indicator capped at 120.
        var (data, _) = Apply("""{"x":{"X11":10,"X12":"7.5","X13":12}}""",
            new ComputationSpec { Field = "/gscf", Sum = "/x/*" },
            new ComputationSpec { Field = "/weighted", WeightedSum = "/x/*", Weights = new List<object> { "2", "4", "10" }, Cap = 120 });
        Assert.Equal(29.5m, data.GetProperty("gscf").GetDecimal());
        Assert.Equal(120m, data.GetProperty("weighted").GetDecimal()); // 20 + 30 + 120 = 170, capped
    }

    [Fact]
    public void CountsFilteredMembersAndRatios()
    {
        // 3 staff, 2 senior in a relevant field; 13 projects, 11 passed: 11 / 13 × 100 = 84.615… → 84.6
        var (data, _) = Apply("""
            {"staff":[{"level":"正高级","relevant":true},{"level":"副高级","relevant":true},{"level":"副高级","relevant":false},{"level":"中级","relevant":true}],
             "projects":{"total":13,"passed":11}}
            """,
            new ComputationSpec { Field = "/seniorRelevant", Count = "/staff/*", Where = new() { ["level"] = new List<object> { "副高级", "正高级" }, ["relevant"] = "true" }, Decimals = 0 },
            new ComputationSpec { Field = "/staffCount", Count = "/staff/*", Decimals = 0 },
            new ComputationSpec { Field = "/projects/passRate", Ratio = new() { Numerator = "/projects/passed", Denominator = "/projects/total" }, MultiplyBy = 100, Decimals = 1 });
        Assert.Equal(2, data.GetProperty("seniorRelevant").GetInt32());
        Assert.Equal(4, data.GetProperty("staffCount").GetInt32());
        Assert.Equal(84.6m, data.GetProperty("projects").GetProperty("passRate").GetDecimal());
    }

    [Fact]
    public void AMissingListOrAZeroDenominatorLeavesTheFieldBlank()
    {
        var (data, _) = Apply("""{"projects":{"total":0,"passed":0}}""",
            new ComputationSpec { Field = "/staffCount", Count = "/staff/*" },
            new ComputationSpec { Field = "/rate", Ratio = new() { Numerator = "/projects/passed", Denominator = "/projects/total" } });
        Assert.False(data.TryGetProperty("staffCount", out _));
        Assert.False(data.TryGetProperty("rate", out _));
        Assert.Equal(0, Apply("""{"staff":[]}""", new ComputationSpec { Field = "/staffCount", Count = "/staff/*" }).Data.GetProperty("staffCount").GetInt32());
    }

    [Fact]
    public void WeightsPairWithTheirOwnMemberNotByPosition()
    {
        // The first indicator has no weight yet: its score must not borrow the second's weight.
        var (data, _) = Apply("""{"i":{"a":{"score":50},"b":{"score":100,"weight":30}}}""",
            new ComputationSpec { Field = "/total", WeightedSum = "/i/*/score", Weights = "/i/*/weight", DivideBy = 100 });
        Assert.Equal(30m, data.GetProperty("total").GetDecimal());
    }

    [Fact]
    public void NothingFilledLeavesTheTotalBlank()
    {
        var (data, errors) = Apply("""{"levels":[{"weight":20,"items":[{}]}]}""", FactoryScoring);
        Assert.Empty(errors);
        Assert.False(data.TryGetProperty("total", out _));
    }
}
