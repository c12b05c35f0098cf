using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocGen.Api.Tests.Support;
using DocGen.Templates.Tests.Support;

namespace DocGen.Api.Tests.Hostile;

/// <summary>
/// Image headers built to break the header reader or slip past the pixel cap, sent as a form's photo: a 422 naming the
/// field for one document, a reported item in a batch whose archive stays whole.
/// </summary>
public sealed class ImageHeaderApiTests(DemoApi api) : IClassFixture<DemoApi>
{
    private readonly HttpClient _client = api.CreateClient();

    public static TheoryData<string, byte[], string> HostilePhotos => new()
    {
        { "BMP of height int.MinValue", HostileImages.BmpWithHeight(10, int.MinValue), "10×2147483648" },
        { "JPEG frame behind a fill byte", HostileImages.JpegWithFillByteBeforeItsFrame(12000, 12000), "12000×12000" },
        { "GIF frame larger than its screen", HostileImages.GifWithFrameLargerThanItsScreen(65535, 65535), "frames of 4294836225 pixels" },
    };

    private static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");

    [Theory]
    [MemberData(nameof(HostilePhotos))]
    public async Task AHostileImageHeaderGets422WithThePointerOfThePhoto(string kind, byte[] photo, string size)
    {
        var response = await _client.PostAsync("/api/forms/demo/case-form/render", Json(new { name = "甲", photo = Convert.ToBase64String(photo) }));

        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{kind}: {response.StatusCode}");
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Single();
        Assert.Equal("/photo", error.GetProperty("pointer").GetString());
        Assert.Contains(size, error.GetProperty("message").GetString());
    }

    [Theory]
    [MemberData(nameof(HostilePhotos))]
    public async Task AHostileImageInABatchIsReportedAndTheArchiveStaysWhole(string kind, byte[] photo, string size)
    {
        var items = new object[] { new { name = "甲" }, new { name = "乙", photo = Convert.ToBase64String(photo) }, new { name = "丙" } };
        var response = await _client.PostAsync("/api/forms/demo/case-form/render-batch?name=/name", Json(items));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var (entries, report) = Documents.Batch(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(["甲.docx", "丙.docx", "report.json"], entries.Select(e => e.Key));
        var failed = report.GetProperty("results")[1];
        Assert.NotEqual("ok", failed.GetProperty("status").GetString());
        var error = failed.GetProperty("errors").EnumerateArray().Single();
        Assert.True(error.GetProperty("pointer").GetString() == "/photo", $"{kind}: {error}");
        Assert.Contains(size, error.GetProperty("message").GetString());
        Assert.True(report.GetProperty("complete").GetBoolean());
    }
}
