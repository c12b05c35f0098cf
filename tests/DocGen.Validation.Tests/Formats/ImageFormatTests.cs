using DocGen.Validation.Tests.Support;
using static DocGen.Validation.Tests.Support.Schemas;

namespace DocGen.Validation.Tests.Formats;

public sealed class ImageFormatTests
{
    private const string Photos = """
        { "type": "object", "properties": { "photos": { "title": "企业形象照片", "type": "array", "x-unit": "张",
          "items": { "type": ["string", "object"], "format": "image" } } } }
        """;

    public static TheoryData<string> Pictures =>
    [
        Images.Png,
        Images.Jpeg,
        Images.Gif,
        Images.Bmp,
        "data:image/png;base64," + Images.Png,
        "data:image/jpeg;base64," + Images.Jpeg,
        Images.Png[..20] + "\n" + Images.Png[20..],
    ];

    [Theory]
    [MemberData(nameof(Pictures))]
    public void Base64PicturesAreAccepted(string picture) =>
        Assert.Empty(Messages(Photos, $$"""{ "photos": [{{System.Text.Json.JsonSerializer.Serialize(picture)}}] }"""));

    [Fact]
    public void PicturesWithCaptionsAreAccepted() =>
        Assert.Empty(Messages(Photos, $$"""{ "photos": [{ "data": "{{Images.Png}}", "caption": "厂区全景" }] }"""));

    [Fact]
    public void ThePositionOfABadPictureIsNamed()
    {
        var error = Assert.Single(Validate(Photos, $$"""{ "photos": ["{{Images.Png}}", "{{Images.Text}}", "{{Images.Jpeg}}"] }"""));

        Assert.Equal("/photos/1: 企业形象照片第2张不是有效的图片（PNG/JPEG/GIF/BMP）", error.ToString());
        Assert.Equal("企业形象照片第2张", error.Label);
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("iVBORw0KGgo")]
    [InlineData("data:text/plain;base64,aVZCT1J3MEtHZ28=")]
    [InlineData("data:image/png,iVBORw0KGgoAAAANSUhEUg")]
    [InlineData("https://example.com/a.png")]
    public void TextThatIsNotAPictureIsRejected(string value) =>
        Assert.Equal(["企业形象照片第1张不是有效的图片（PNG/JPEG/GIF/BMP）"], Messages(Photos, $$"""{ "photos": ["{{value}}"] }"""));

    [Fact]
    public void APictureObjectWithoutDataIsRejected() =>
        Assert.Single(Messages(Photos, """{ "photos": [{ "caption": "厂区全景" }] }"""));

    [Fact]
    public void OtherFilesEncodedAsDataUrisAreRejected() =>
        Assert.Single(Messages(Photos, $$"""{ "photos": ["data:image/png;base64,{{Images.Text}}"] }"""));
}
