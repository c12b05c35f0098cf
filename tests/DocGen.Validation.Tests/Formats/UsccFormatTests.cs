using DocGen.Validation.Tests.Support;
using static DocGen.Validation.Tests.Support.Schemas;

namespace DocGen.Validation.Tests.Formats;

public sealed class UsccFormatTests
{
    private const string Body = """{ "title": "统一社会信用代码", "type": "string", "format": "uscc" }""";

    public static TheoryData<string> ValidCodes =>
    [
        Uscc.Complete("91110000600037341"),
        Uscc.Complete("91440300192203821"),
        Uscc.Complete("9144030071526726X"),
        Uscc.Complete("12100000400000624"),
        Uscc.Complete("91440101MA59ABCD1"),
    ];

    [Fact]
    public void TheTestHelperAgreesWithPublishedCodes()
    {
        // Codes printed on business licences, to make sure the helper itself is right.
        Assert.Equal("91110000600037341L", Uscc.Complete("91110000600037341"));
        Assert.Equal("914403001922038216", Uscc.Complete("91440300192203821"));
        Assert.Equal("9144030071526726XG", Uscc.Complete("9144030071526726X"));
    }

    [Theory]
    [MemberData(nameof(ValidCodes))]
    public void UsccWithCorrectCheckDigitIsAccepted(string code) => Assert.Empty(FieldMessages(Body, code));

    [Theory]
    [MemberData(nameof(ValidCodes))]
    public void UsccWithWrongCheckDigitIsRejected(string code) =>
        Assert.Equal(["统一社会信用代码校验位不正确"], FieldMessages(Body, Uscc.WithWrongCheck(code)));

    [Fact]
    public void UsccWithTwoDigitsSwappedIsRejected()
    {
        var code = Uscc.Complete("91440300192203821");
        var swapped = code[..3] + code[4] + code[3] + code[5..];

        Assert.Equal(["统一社会信用代码校验位不正确"], FieldMessages(Body, swapped));
    }

    [Theory]
    [InlineData("9111000060003734", 16)]
    [InlineData("91110000600037341L0", 19)]
    public void UsccOfTheWrongLengthIsRejected(string code, int length) =>
        Assert.Equal([$"统一社会信用代码应为18位（当前{length}位）"], FieldMessages(Body, code));

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('Z')]
    [InlineData('S')]
    [InlineData('V')]
    public void LettersOutsideTheCharsetAreRejected(char letter)
    {
        var code = "91440101MA59" + letter + "BCD1X";

        Assert.Equal([$"统一社会信用代码含有无效字符“{letter}”（不使用I、O、Z、S、V）"], FieldMessages(Body, code));
    }

    [Theory]
    [InlineData("9111 0000 6000 3734 1L")]
    [InlineData("91110000600037341L ")]
    [InlineData("91110000\u3000600037341L")]
    public void ACodeTypedWithSpacesIsRejectedSayingSo(string code) =>
        Assert.Equal([$"统一社会信用代码不应含空格，请连续填写18位代码（当前“{code}”）"], FieldMessages(Body, code));

    [Fact]
    public void LowerCaseLettersAreRejectedWithAHint() =>
        Assert.Equal(["统一社会信用代码中的字母应为大写（当前“l”）"], FieldMessages(Body, "91110000600037341l"));
}
