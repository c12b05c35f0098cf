using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocGen.Api.Tests.Support;

namespace DocGen.Api.Tests.Hostile;

/// <summary>
/// Uploads built to take the service down, sent to the running service: each gets an answer naming what was
/// refused, and the service goes on answering.
/// </summary>
public sealed class UploadAttackTests(DemoApi api) : IClassFixture<DemoApi>
{
    private readonly HttpClient _client = api.CreateClient();

    private static MultipartFormDataContent Upload(byte[] template, string? schema = null)
    {
        var content = new MultipartFormDataContent { { new ByteArrayContent(template), "template", "template.docx" } };
        if (schema is not null) content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(schema)), "schema", "schema.json");
        return content;
    }

    private async Task<JsonElement> CheckAsync(byte[] template, string? schema = null)
    {
        using var content = Upload(template, schema);
        var response = await _client.PostAsync("/api/templates/check", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<JsonElement> Diagnostics(JsonElement report, string code) =>
        report.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("code").GetString() == code).ToList();

    private async Task AssertStillServingAsync()
    {
        var report = await CheckAsync(TemplateDocx.FromBody(TemplateDocx.P("{{ name }}")));
        Assert.Equal(0, report.GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task ATemplateNestedFortyThousandElementsDeepIsReportedAndTheServiceStaysUp()
    {
        var depth = 40_000;
        var body = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth)) + TemplateDocx.P("x") + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth));

        var diagnostic = Assert.Single(Diagnostics(await CheckAsync(TemplateDocx.FromBody(body)), "DG0110"));

        Assert.Equal("word/document.xml", diagnostic.GetProperty("location").GetString());
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task ASchemaChainingSixtyThousandReferencesIsReportedAndTheServiceStaysUp()
    {
        var definitions = string.Join(",", Enumerable.Range(0, 60_000).Select(i => $"\"d{i}\": {{ \"$ref\": \"#/$defs/d{i + 1}\" }}"));
        var schema = $$"""{ "$defs": { {{definitions}}, "d60000": { "type": "object" } }, "$ref": "#/$defs/d0" }""";

        var diagnostic = Assert.Single(Diagnostics(await CheckAsync(TemplateDocx.FromBody(TemplateDocx.P("x")), schema), "DG0302"));

        Assert.Contains("references chain", diagnostic.GetProperty("message").GetString());
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task NestedLoopsThatWouldMakeGigabytesEndInADiagnosticNotAnOutOfMemory()
    {
        var template = TemplateDocx.FromBody(TemplateDocx.P("{{ for a in x min:1000 }}{{ for b in y min:1000 }}{{ for c in z min:1000 }}行{{ end }}{{ end }}{{ end }}"));

        Assert.NotEmpty(Diagnostics(await CheckAsync(template), "DG0111"));
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task AKilobyteUploadWhoseDocumentUnpacksToHundredsOfMegabytesIsRefusedBeforeItIsUnpacked()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in new[] { ("[Content_Types].xml", TemplateDocx.ContentTypes), ("_rels/.rels", TemplateDocx.RootRelationships) })
            {
                using var part = zip.CreateEntry(name).Open();
                part.Write(Encoding.UTF8.GetBytes(text));
            }
            using var document = zip.CreateEntry("word/document.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open();
            var around = TemplateDocx.Document("\u0001").Split('\u0001');
            document.Write(Encoding.UTF8.GetBytes(around[0]));
            var paragraphs = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(TemplateDocx.P("{{ name }}"), 1000)));
            for (var written = 0L; written < 190L * 1024 * 1024; written += paragraphs.Length) document.Write(paragraphs);
            document.Write(Encoding.UTF8.GetBytes(around[1]));
        }
        Assert.True(stream.Length < 1024 * 1024, $"{stream.Length} bytes");

        var diagnostic = Assert.Single(Diagnostics(await CheckAsync(stream.ToArray()), "DG0109"));

        Assert.Contains("word/document.xml unpacks to more than 16 MB", diagnostic.GetProperty("message").GetString());
        await AssertStillServingAsync();
    }
}
