using static DocGen.Validation.Tests.Support.Schemas;

namespace DocGen.Validation.Tests.Formats;

public sealed class DateAndYearFormatTests
{
    private const string Date = """{ "title": "填报日期", "type": "string", "format": "date" }""";
    private const string Year = """{ "title": "获评年份", "format": "year" }""";

    [Theory]
    [InlineData("2024-08-27")]
    [InlineData("2024-02-29")]
    [InlineData("2000-12-31")]
    public void RealDatesAreAccepted(string value) => Assert.Empty(FieldMessages(Date, value));

    [Theory]
    [InlineData("2024/08/27")]
    [InlineData("2024-8-27")]
    [InlineData("2024年8月27日")]
    [InlineData("20240827")]
    public void DatesInOtherShapesAreRejected(string value) =>
        Assert.Equal([$"填报日期应为日期，格式为YYYY-MM-DD（当前“{value}”）"], FieldMessages(Date, value));

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("2024-04-31")]
    [InlineData("2024-00-10")]
    public void DatesThatDoNotExistAreRejected(string value) =>
        Assert.Equal([$"填报日期不是有效的日期（当前“{value}”）"], FieldMessages(Date, value));

    [Theory]
    [InlineData("2024")]
    [InlineData(2023)]
    public void FourDigitYearsAreAcceptedAsTextOrNumber(object value) => Assert.Empty(FieldMessages(Year, value));

    [Theory]
    [InlineData("24")]
    [InlineData("2024年")]
    [InlineData("0999")]
    [InlineData(20245)]
    public void OtherYearsAreRejected(object value) =>
        Assert.Equal([$"获评年份应为4位年份（当前“{value}”）"], FieldMessages(Year, value));
}
