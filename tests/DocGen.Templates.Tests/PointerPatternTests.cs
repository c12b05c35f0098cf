using System.Text.Json.Nodes;
using DocGen.Templates.Json;

namespace DocGen.Templates.Tests;

public sealed class PointerPatternTests
{
    private static readonly JsonNode Data = JsonNode.Parse("""
        {"projects":[{"title":"甲","score":3},{"title":"乙"}],
         "levels":{"一级":{"score":1},"二级":{"score":2}},
         "a/b":{"~x":5},
         "blank":null}
        """)!;

    private static string[] Pointers(string pattern, params string[] fixedBindings) =>
        [.. PointerPattern.Parse(pattern).Match(Data, fixedBindings).Select(m => $"{m.Pointer} {(m.Exists ? m.Node?.ToJsonString(JsonPaths.Readable) ?? "null" : "missing")}")];

    [Fact]
    public void AStarTakesEveryItemOfAListAndEveryMemberOfAnObjectInOrder()
    {
        Assert.Equal(["/projects/0/title \"甲\"", "/projects/1/title \"乙\""], Pointers("/projects/*/title"));
        Assert.Equal(["/levels/一级/score 1", "/levels/二级/score 2"], Pointers("/levels/*/score"));
    }

    [Fact]
    public void AMissingLastMemberMatchesAsMissingAndAMissingMemberOnTheWayDoesNot()
    {
        Assert.Equal(["/projects/0/score 3", "/projects/1/score missing"], Pointers("/projects/*/score"));
        Assert.Equal(["/blank null"], Pointers("/blank"));
        Assert.Empty(Pointers("/nothing/*/score"));
        Assert.Empty(Pointers("/blank/score"));
    }

    [Fact]
    public void FixedBindingsNarrowTheFirstStarsAndBindFillsThemIn()
    {
        Assert.Equal(["/levels/二级/score 2"], Pointers("/levels/*/score", "二级"));
        var pattern = PointerPattern.Parse("/levels/*/items/*/score");
        Assert.Equal(["levels", "一级", "items", "*", "score"], pattern.Bind(["一级"]));
        Assert.Equal(["levels", "一级", "items", "0", "score"], pattern.Bind(["一级", "0"]));
    }

    [Fact]
    public void EscapedNamesAreReadAndWrittenBackEscaped() =>
        Assert.Equal(["/a~1b/~0x 5"], Pointers("/a~1b/*"));

    [Fact]
    public void AListIndexIsDigitsWithoutSignOrLeadingZero()
    {
        Assert.Equal(["/projects/1/title \"乙\""], Pointers("/projects/1/title"));
        Assert.Empty(Pointers("/projects/01/title"));
        Assert.Empty(Pointers("/projects/+1/title"));
    }

    [Fact]
    public void SomethingThatIsNotAPointerIsRefusedWithAnExample() =>
        Assert.Contains("/items/*/score", Assert.Throws<FormatException>(() => PointerPattern.Parse("projects/*")).Message);
}
