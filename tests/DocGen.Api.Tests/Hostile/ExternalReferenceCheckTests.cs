using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocGen.Api.Tests.Support;
using DocGen.Conversion.Tests.Linking;

namespace DocGen.Api.Tests.Hostile;

/// <summary>
/// Templates that link to a canary URL or to a file of the server, uploaded to the template check of a service that
/// converts with LibreOffice: each is refused with DG0112, and nothing is fetched while the check lays it out.
/// </summary>
public sealed class ExternalReferenceCheckTests(PdfDemoApi api) : IClassFixture<PdfDemoApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task EveryRouteOutOfATemplateIsRefusedAndNothingIsFetchedWhileItIsChecked()
    {
        using var canary = new CanaryListener();
        // A tag makes the check lay the uploaded template out in LibreOffice to find the tag's page.
        using var documents = new LinkingDocuments(canary.Url, "{{ name }}");
        var clock = Stopwatch.StartNew();
        foreach (var (route, template) in documents.All())
        {
            using var content = new MultipartFormDataContent { { new ByteArrayContent(template), "template", "template.docx" }, { new StringContent("none"), "form" } };
            var response = await _client.PostAsync("/api/templates/check", content);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var report = await response.Content.ReadFromJsonAsync<JsonElement>();
            var refusals = report.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("code").GetString() == "DG0112").ToList();
            Assert.True(refusals.Count > 0, $"{route} was not refused: {report}");
            Assert.All(refusals, r => Assert.Equal("error", r.GetProperty("severity").GetString()));
        }
        Assert.Equal(0, canary.Connections);
        // Every route, some pointing at a host that never answers, checked in well under a worker's job timeout.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the checks took {clock.Elapsed}");
    }
}
