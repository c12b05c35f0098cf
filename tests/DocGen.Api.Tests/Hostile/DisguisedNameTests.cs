using System.Net;
using System.Text;
using System.Text.Json;
using DocGen.Api.Tests.Support;

namespace DocGen.Api.Tests.Hostile;

/// <summary>
/// Names taken from submitted data that would disguise a file (a right-to-left override turning <c>exe.docx</c> into
/// <c>xcod.exe</c> on screen) or name a Windows device: the download's name and the batch's entries lose the invisible
/// characters, and device names are escaped.
/// </summary>
public sealed class DisguisedNameTests(DemoApi api) : IClassFixture<DemoApi>
{
    private readonly HttpClient _client = api.CreateClient();

    private static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");

    [Theory]
    [InlineData("甲\u202Egpj.exe", "甲gpj.exe演示表.docx")]
    [InlineData("\u2066乙\u2069\u200E\u200F\u061C\u202A\u202B\u202C\u202D", "乙演示表.docx")]
    [InlineData("丙\u200B\u2060\uFEFF\u00AD公司", "丙公司演示表.docx")]
    public async Task ADownloadNameLosesBidiControlsAndOtherInvisibleCharacters(string name, string expected)
    {
        var response = await _client.PostAsync("/api/forms/demo/case-form/render", Json(new { name }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentDisposition!.FileNameStar);
    }

    [Fact]
    public async Task BatchEntryNamesLoseBidiControlsAndEscapeEveryDeviceName()
    {
        string[] names = ["甲\u202Egpj.exe", "\u2067乙\u2069", "COM¹", "lpt²", "Com³.txt", "COM0", "CONIN$", "NUL ", "COM10"];
        var response = await _client.PostAsync("/api/forms/demo/case-form/render-batch?name=/name", Json(names.Select(name => new { name })));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var (entries, _) = Documents.Batch(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(
            ["甲gpj.exe.docx", "乙.docx", "_COM¹.docx", "_lpt².docx", "_Com³.txt.docx", "_COM0.docx", "_CONIN$.docx", "_NUL.docx", "COM10.docx", "report.json"],
            entries.Select(e => e.Key));
    }
}
