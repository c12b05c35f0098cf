using System.Text.Json;
using System.Xml.Linq;
using static DocGen.Templates.Tests.Support.TestDocx;

namespace DocGen.Templates.Tests;

/// <summary>Codes, telephone numbers and e-mail addresses wider than their cell are narrowed to stay on one line; text of several words still wraps.</summary>
public sealed class UnbreakableValueTests
{
    /// <summary>A one-cell table of <paramref name="widthTwips"/> whose value tag is set in 小四 (12 pt).</summary>
    private static (int? Scale, int? HalfPoints) Printed(string value, int widthTwips)
    {
        var cell = $"<w:tc><w:tcPr><w:tcW w:w=\"{widthTwips}\" w:type=\"dxa\"/></w:tcPr><w:p><w:r><w:rPr><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr>"
            + "<w:t>{{ value }}</w:t></w:r></w:p></w:tc>";
        var docx = Render(Table(1, Row(cell)), JsonSerializer.Serialize(new { value }));
        var run = Part(docx).Descendants(W + "r").Single(r => r.Value == value);
        var properties = run.Element(W + "rPr");
        return ((int?)properties?.Element(W + "w")?.Attribute(W + "val"), (int?)properties?.Element(W + "sz")?.Attribute(W + "val"));
    }

    [Theory]
    [InlineData("0371-68886666转8001")]
    [InlineData("（0371）68886666-8001")]
    [InlineData("+86 13937112345")]
    [InlineData("0371 68886666-8001")]
    public void ATelephoneNumberWrittenWithItsExtensionBracketsOrSpacesIsNarrowedToItsCellLikeACode(string phone)
    {
        var (scale, halfPoints) = Printed(phone, 2000);
        Assert.InRange(scale!.Value, 60, 99);
        Assert.Equal(24, halfPoints);
    }

    [Theory]
    [InlineData("郑州市金水路 100号")]
    [InlineData("Room 1203 Tower B")]
    [InlineData("设备转让8001")]
    public void TextOfSeveralWordsWrapsAsUsual(string text) => Assert.Null(Printed(text, 1500).Scale);

    [Fact]
    public void AnEmailAddressNeedingAThirdOfItsWidthIsSetInTwoThirdsOfItsSizeAtJustOverHalfWidth()
    {
        // 25.48 em at 12 pt is 305.8 pt; the cell holds 2184 twips (109.2 pt), 96 % of it counted: 34.3 % of the width.
        var (scale, halfPoints) = Printed("zhangwei.lvsezhizao@henan-machinery-group.com", 2400);
        Assert.Equal(16, halfPoints);
        Assert.Equal(51, scale);
    }
}
