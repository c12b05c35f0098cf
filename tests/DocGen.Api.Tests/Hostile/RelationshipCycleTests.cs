using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocGen.Api.Tests.Support;

namespace DocGen.Api.Tests.Hostile;

/// <summary>
/// Templates whose relationships go round in a circle, uploaded to the template check of a service that converts with
/// LibreOffice. A worker follows header and footer relationships until its stack runs out (soffice.bin exit code 139),
/// so one upload used to crash the workers for every conversion it asked for; now each is refused with DG0109 naming
/// the circle, and no worker fails or restarts.
/// </summary>
public sealed class RelationshipCycleTests(PdfDemoApi api) : IClassFixture<PdfDemoApi>
{
    private const string HeaderType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
    private const string FooterType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
    private const string HeaderReference = """<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rIdH"/></w:sectPr></w:pPr></w:p>""";

    private readonly HttpClient _client = api.CreateClient();

    public static TheoryData<string, string, string, string, string> Circles => new()
    {
        // name, document relationships, header1's relationships, header2's relationships, the circle named
        { "a header naming itself", Relationship("rIdH", HeaderType, "header1.xml"), Relationship("rId1", HeaderType, "header1.xml"), "", "word/header1.xml → word/header1.xml" },
        { "two headers naming each other", Relationship("rIdH", HeaderType, "header1.xml"), Relationship("rId1", HeaderType, "header2.xml"), Relationship("rId1", HeaderType, "header1.xml"), "word/header1.xml → word/header2.xml → word/header1.xml" },
        { "the document as its own footer", Relationship("rIdF", FooterType, "document.xml"), "", "", "word/document.xml → word/document.xml" },
    };

    [Theory]
    [MemberData(nameof(Circles))]
    public async Task ATemplateWhoseRelationshipsGoRoundInACircleIsRefusedWithoutCrashingAWorker(string name, string documentRelationships, string header1Relationships, string header2Relationships, string circle)
    {
        var template = TemplateDocx.Zip(
            ("[Content_Types].xml", TemplateDocx.ContentTypes), ("_rels/.rels", TemplateDocx.RootRelationships),
            ("word/document.xml", TemplateDocx.Document(TemplateDocx.P("{{ name }}") + HeaderReference)),
            ("word/_rels/document.xml.rels", Relationships(documentRelationships)),
            ("word/header1.xml", Header("页眉一")), ("word/_rels/header1.xml.rels", Relationships(header1Relationships)),
            ("word/header2.xml", Header("页眉二")), ("word/_rels/header2.xml.rels", Relationships(header2Relationships)));
        var before = await ReadyPdfStatusAsync();

        using var content = new MultipartFormDataContent { { new ByteArrayContent(template), "template", "template.docx" }, { new StringContent("none"), "form" } };
        var response = await _client.PostAsync("/api/templates/check", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        var refusal = Assert.Single(report.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "DG0109");
        Assert.Contains(circle, refusal.GetProperty("message").GetString());
        Assert.Contains("关系形成循环", refusal.GetProperty("messageZh").GetString());
        var after = await PdfStatusAsync();
        Assert.Equal(before.GetProperty("workersUp").GetInt32(), after.GetProperty("workersUp").GetInt32());
        Assert.True(before.GetProperty("restarts").GetInt32() == after.GetProperty("restarts").GetInt32(), $"{name}: a worker was restarted");
        Assert.True(before.GetProperty("jobsFailed").GetInt32() == after.GetProperty("jobsFailed").GetInt32(), $"{name}: a conversion failed");
    }

    /// <summary>The pool's figures; /health/ready answers them with 503 while a worker starts.</summary>
    private async Task<JsonElement> PdfStatusAsync()
    {
        using var response = await _client.GetAsync("/health/ready");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("pdf");
    }

    /// <summary>The figures once every worker is up (the pool starts its workers in the background).</summary>
    private async Task<JsonElement> ReadyPdfStatusAsync()
    {
        for (var waited = 0; ; waited++)
        {
            var status = await PdfStatusAsync();
            if (status.GetProperty("workersUp").GetInt32() == status.GetProperty("workers").GetInt32() || waited == 240) return status;
            await Task.Delay(500);
        }
    }

    private static string Relationship(string id, string type, string target) => $"""<Relationship Id="{id}" Type="{type}" Target="{target}"/>""";

    private static string Relationships(string inner) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{inner}</Relationships>""";

    private static string Header(string text) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">{TemplateDocx.P(text)}</w:hdr>""";
}
