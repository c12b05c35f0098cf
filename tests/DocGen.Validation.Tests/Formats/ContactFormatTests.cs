using static DocGen.Validation.Tests.Support.Schemas;

namespace DocGen.Validation.Tests.Formats;

public sealed class ContactFormatTests
{
    private const string Phone = """{ "title": "联系电话", "type": "string", "format": "phone" }""";
    private const string Email = """{ "title": "电子邮箱", "type": "string", "format": "email" }""";

    [Theory]
    [InlineData("13800138000")]
    [InlineData("19912345678")]
    [InlineData("+86 13800138000")]
    [InlineData("020-83757015")]
    [InlineData("0371-65502345")]
    [InlineData("010-65123456")]
    [InlineData("(020)83757015")]
    [InlineData("（0311）87801234")]
    [InlineData("0371-65502345-8021")]
    [InlineData("020-83757015转123")]
    public void MobileAndLandlineNumbersAreAccepted(string value) => Assert.Empty(FieldMessages(Phone, value));

    [Theory]
    [InlineData("12800138000")]
    [InlineData("1380013800")]
    [InlineData("138001380001")]
    [InlineData("83757015")]
    [InlineData("020-0375701")]
    [InlineData("0371-655")]
    [InlineData("电话：020-83757015")]
    public void OtherPhoneNumbersAreRejected(string value) =>
        Assert.Equal([$"联系电话格式不正确，应为手机号码或带区号的固定电话（当前“{value}”）"], FieldMessages(Phone, value));

    [Theory]
    [InlineData("gxj@gz.gov.cn")]
    [InlineData("zhang.san+case@example.com.cn")]
    [InlineData("a_b-c@mail-server.example.org")]
    public void EmailAddressesAreAccepted(string value) => Assert.Empty(FieldMessages(Email, value));

    [Theory]
    [InlineData("gxj.gz.gov.cn")]
    [InlineData("gxj@gz")]
    [InlineData("gxj@@gz.gov.cn")]
    [InlineData("gxj @gz.gov.cn")]
    [InlineData("a..b@gz.gov.cn")]
    [InlineData(".a@gz.gov.cn")]
    public void MalformedEmailAddressesAreRejected(string value) =>
        Assert.Equal([$"电子邮箱不是有效的电子邮箱（当前“{value}”）"], FieldMessages(Email, value));
}
