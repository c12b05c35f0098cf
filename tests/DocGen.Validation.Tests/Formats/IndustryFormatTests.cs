using static DocGen.Validation.Tests.Support.Schemas;

namespace DocGen.Validation.Tests.Formats;

public sealed class IndustryFormatTests
{
    private const string Body = """{ "title": "行业类别", "type": "string", "format": "industry" }""";

    [Theory]
    [InlineData("C26")]
    [InlineData("C2641")]
    [InlineData("C264")]
    [InlineData("C2641 涂料制造")]
    [InlineData("C2641涂料制造")]
    [InlineData("C26 化学原料和化学制品制造业")]
    [InlineData("D4411 火力发电")]
    [InlineData("A05 农、林、牧、渔专业及辅助性活动")]
    [InlineData("K70 房地产业")]
    [InlineData("T97 国际组织")]
    public void CodesOfGbt4754AreAccepted(string value) => Assert.Empty(FieldMessages(Body, value));

    [Fact]
    public void ANameMisquotedByOneCharacterIsForgiven()
    {
        // The Guangzhou 2024 notice prints this as its example of a 大类.
        Assert.Empty(FieldMessages(Body, "C26 化学原料和化学品制造业"));
    }

    [Theory]
    [InlineData("2641")]
    [InlineData("C2")]
    [InlineData("C26411")]
    [InlineData("c2641")]
    [InlineData("U2641")]
    [InlineData("涂料制造")]
    public void TextThatIsNotACodeIsRejected(string value) =>
        Assert.Equal([$"行业类别应为国民经济行业代码，如“C2641 涂料制造”（当前“{value}”）"], FieldMessages(Body, value));

    [Fact]
    public void ADivisionOutsideItsSectionIsRejected() =>
        Assert.Equal(["行业类别中的行业大类“05”不属于门类C（制造业，13–43大类），应为A05"], FieldMessages(Body, "C05"));

    [Fact]
    public void ADivisionThatDoesNotExistIsRejected() =>
        Assert.Equal(["行业类别中的行业大类“99”不存在"], FieldMessages(Body, "T9901"));

    [Fact]
    public void TheNameOfADivisionMustMatchItsCode() =>
        Assert.Equal(["行业类别的行业名称与代码不符：C26为“化学原料和化学制品制造业”（当前“医药制造业”）"], FieldMessages(Body, "C26 医药制造业"));

    [Fact]
    public void ShortNamesMustMatchExactly() =>
        Assert.Single(FieldMessages(Body, "A01 林业"));

    [Fact]
    public void EveryDivisionFrom01To97BelongsToExactlyOneSection()
    {
        var owners = Enumerable.Range(1, 97)
            .Select(d => Validation.Formats.IndustryClassification.Sections.Count(s => d >= s.Value.First && d <= s.Value.Last))
            .ToList();

        Assert.All(owners, count => Assert.Equal(1, count));
        Assert.Equal(97, Validation.Formats.IndustryClassification.Divisions.Count);
        Assert.All(
            Validation.Formats.IndustryClassification.Divisions.Values,
            d => Assert.InRange(int.Parse(d.Code, System.Globalization.CultureInfo.InvariantCulture), Validation.Formats.IndustryClassification.Sections[d.Section].First, Validation.Formats.IndustryClassification.Sections[d.Section].Last));
    }
}
