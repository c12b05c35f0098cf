using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using DocGen.Api.Tests.Support;

namespace DocGen.Api.Tests;

/// <summary>The four summary tables filled through the service from application forms rendered from their samples.</summary>
public sealed class SummaryApiTests(RepositoryApi api) : IClassFixture<RepositoryApi>
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private readonly HttpClient _client = api.CreateClient();

    /// <summary>A summary, the query setting its header, the applications sent (form@version, sample) and the table rows they must give.</summary>
    private sealed record Case(string Summary, string Query, (string Form, string Sample)[] Sources, Func<Func<string, string, string>, string[][]> Rows);

    private static readonly Dictionary<string, Case> Cases = new[]
    {
        new Case("henan/recommendation-summary", "version=2023&region=鹤壁市",
            [("henan/green-factory-third-party-evaluation@2023", "luohe-brake-parts"), ("henan/green-design-product-self-evaluation@2023", "neihuang-ceramic-tile"), ("henan/green-park-self-evaluation@2023", "hebi-etdz")],
            at => [
                ["1", at("henan/green-factory-third-party-evaluation@2023", "/factory/name"), at("henan/green-factory-third-party-evaluation@2023", "/agency/name"), at("henan/green-factory-third-party-evaluation@2023", "/factory/industry")],
                ["1", at("henan/green-design-product-self-evaluation@2023", "/product/name"), at("henan/green-design-product-self-evaluation@2023", "/product/model"), at("henan/green-design-product-self-evaluation@2023", "/applicant/name"), at("henan/green-design-product-self-evaluation@2023", "/applicant/industry")],
                ["1", at("henan/green-park-self-evaluation@2023", "/park/name"), "", at("henan/green-park-self-evaluation@2023", "/park/type")],
            ]),
        new Case("hebei/recommendation-summary", "city=石家庄市&recommender=石家庄市工业和信息化局",
            [("miit/green-factory-self-evaluation@2022", "jiaxing-dyeing"), ("miit/green-park-third-party-evaluation@2022.1", "wangcheng-etdz-evaluation"), ("miit/green-supply-chain-third-party-evaluation@2022", "changzhou-hydraulics")],
            at => [
                ["1", at("miit/green-factory-self-evaluation@2022", "/basic/name"), "自评价", at("miit/green-factory-self-evaluation@2022", "/basic/industry"), ""],
                ["1", at("miit/green-park-third-party-evaluation@2022.1", "/park/name"), at("miit/green-park-third-party-evaluation@2022.1", "/agency/name"), "", ""],
                ["1", at("miit/green-supply-chain-third-party-evaluation@2022", "/enterprise/name"), at("miit/green-supply-chain-third-party-evaluation@2022", "/agency/name"), "", ""],
            ]),
        new Case("guangzhou/case-summary", "",
            [("guangzhou/green-manufacturing-case-enterprise@2024", "suihong-auto-parts"), ("guangzhou/green-manufacturing-case-park@2024", "baiyun-smart-manufacturing-park"), ("guangzhou/cleaner-production-case@2024", "lihua-packaging")],
            at => [
                ["1", at("guangzhou/green-manufacturing-case-enterprise@2024", "/company/name"), at("guangzhou/green-manufacturing-case-enterprise@2024", "/category/factoryLevel") + at("guangzhou/green-manufacturing-case-enterprise@2024", "/category/programs/0"),
                    at("guangzhou/green-manufacturing-case-enterprise@2024", "/case/name"), Flat(at("guangzhou/green-manufacturing-case-enterprise@2024", "/case/results"))],
                ["2", at("guangzhou/green-manufacturing-case-park@2024", "/park/name"), at("guangzhou/green-manufacturing-case-park@2024", "/category/level") + "绿色工业园区",
                    at("guangzhou/green-manufacturing-case-park@2024", "/case/name"), Flat(at("guangzhou/green-manufacturing-case-park@2024", "/case/results"))],
                ["1", at("guangzhou/cleaner-production-case@2024", "/company/name"), at("guangzhou/cleaner-production-case@2024", "/projects/0/category"), at("guangzhou/cleaner-production-case@2024", "/projects/0/name"), ""],
                ["3", at("guangzhou/cleaner-production-case@2024", "/company/name"), at("guangzhou/cleaner-production-case@2024", "/projects/2/category"), at("guangzhou/cleaner-production-case@2024", "/projects/2/name"), ""],
            ]),
        new Case("miit/recommendation-summary", "recommender=浙江省经济和信息化厅",
            [("miit/green-factory-self-evaluation@2022", "jiaxing-dyeing"), ("miit/green-factory-third-party-evaluation@2022", "jiaxing-dyeing"), ("miit/green-design-product-self-evaluation@2022", "anji-office-chair")],
            at => [
                ["1", at("miit/green-factory-third-party-evaluation@2022", "/factory/name"), at("miit/green-factory-third-party-evaluation@2022", "/agency/name"), at("miit/green-factory-self-evaluation@2022", "/basic/industry")],
                ["1", at("miit/green-design-product-self-evaluation@2022", "/product/name"), at("miit/green-design-product-self-evaluation@2022", "/product/model"), at("miit/green-design-product-self-evaluation@2022", "/applicant/name"), at("miit/green-design-product-self-evaluation@2022", "/applicant/industry")],
            ]),
    }.ToDictionary(c => c.Summary);

    public static TheoryData<string> Summaries() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Summaries))]
    public async Task AZipOfFilledApplicationsGivesTheFilledSummaryAndAReportOfWhichFileWentWhere(string summary)
    {
        var test = Cases[summary];
        var files = new List<(string, byte[])>();
        foreach (var (form, sample) in test.Sources) files.Add(($"{form.Split('@')[0].Replace('/', '-')}.docx", await RenderAsync(form, sample)));

        var response = await _client.PostAsync($"/api/forms/{summary}/summary?{test.Query}", Upload(TemplateDocx.Zip([.. files]), "application/zip"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        var (docx, report) = Unpack(await response.Content.ReadAsByteArrayAsync(), "summary.docx");

        var rows = TableRows(docx);
        foreach (var expected in test.Rows((form, pointer) => At(form, test.Sources.First(s => s.Form == form).Sample, pointer)))
            Assert.Contains(expected, rows);
        Assert.Equal(summary, report.GetProperty("form").GetString());
        Assert.Equal((test.Sources.Length, test.Sources.Length), (report.GetProperty("files").GetInt32(), report.GetProperty("mapped").GetInt32()));
        var results = report.GetProperty("results").EnumerateArray().ToList();
        for (var i = 0; i < test.Sources.Length; i++)
        {
            Assert.Equal(files[i].Item1, results[i].GetProperty("name").GetString());
            Assert.Equal("mapped", results[i].GetProperty("status").GetString());
            Assert.Equal(test.Sources[i].Form, $"{results[i].GetProperty("form").GetString()}@{results[i].GetProperty("version").GetString()}");
            Assert.NotEmpty(results[i].GetProperty("rows").EnumerateArray());
        }
        foreach (var (name, value) in test.Query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).Where(p => p[0] != "version").Select(p => (p[0], p[1])))
            Assert.Contains(Paragraphs(docx), p => p.Contains(value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheGuangzhouReportNamesTheRowOfEachProjectAndTheResultsTooLongForTheTable()
    {
        var zip = TemplateDocx.Zip(("清洁生产.docx", await RenderAsync("guangzhou/cleaner-production-case@2024", "lihua-packaging")),
            ("企业.docx", await RenderAsync("guangzhou/green-manufacturing-case-enterprise@2024", "suihong-auto-parts")));
        var (_, report) = Unpack(await (await _client.PostAsync("/api/forms/guangzhou/case-summary/summary", Upload(zip, "application/zip"))).Content.ReadAsByteArrayAsync(), "summary.docx");
        var projects = report.GetProperty("results")[0].GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("pointer").GetString()).ToList();
        Assert.Equal(["/cleanerCases/0", "/cleanerCases/1", "/cleanerCases/2"], projects);
        var error = report.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal("/greenCases/0/results", error.GetProperty("pointer").GetString());
    }

    [Fact]
    public async Task AJsonArrayOfFormDataIsSummarisedLikeDocuments()
    {
        var factory = Sample("henan/green-factory-third-party-evaluation@2023", "luohe-brake-parts");
        var park = Sample("henan/green-park-self-evaluation@2023", "hebi-etdz");
        var body = new JsonArray(
            new JsonObject { ["form"] = "henan/green-factory-third-party-evaluation", ["version"] = "2023", ["data"] = factory },
            new JsonObject { ["form"] = "henan/green-park-self-evaluation", ["data"] = park },
            new JsonObject { ["form"] = "henan/annual-review-park", ["data"] = new JsonObject() },
            JsonValue.Create("not a form"));
        var response = await _client.PostAsync("/api/forms/henan/recommendation-summary/summary", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (docx, report) = Unpack(await response.Content.ReadAsByteArrayAsync(), "summary.docx");

        var rows = TableRows(docx);
        Assert.Contains(["1", At("henan/green-factory-third-party-evaluation@2023", "luohe-brake-parts", "/factory/name"), At("henan/green-factory-third-party-evaluation@2023", "luohe-brake-parts", "/agency/name"), At("henan/green-factory-third-party-evaluation@2023", "luohe-brake-parts", "/factory/industry")], rows);
        Assert.Contains(["1", At("henan/green-park-self-evaluation@2023", "hebi-etdz", "/park/name"), "", At("henan/green-park-self-evaluation@2023", "hebi-etdz", "/park/type")], rows);
        var statuses = report.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("status").GetString()).ToList();
        Assert.Equal(["mapped", "mapped", "not-accepted", "invalid"], statuses);
        Assert.All(report.GetProperty("results").EnumerateArray(), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("name").ValueKind));
    }

    [Fact]
    public async Task FilesThatCannotBeUsedAreLinesOfTheReportBesideTheOnesThatWere()
    {
        var good = await RenderAsync("henan/green-factory-third-party-evaluation@2023", "luohe-brake-parts");
        var dtd = DocxWith("""<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>""");
        var bomb = TemplateDocx.Zip(("word/document.xml", new byte[100 * 1024 * 1024]));
        var zip = TemplateDocx.Zip(("a.docx", good), ("dtd.docx", dtd), ("bomb.docx", bomb), ("readme.txt", "见附件"u8.ToArray()));

        var response = await _client.PostAsync("/api/forms/henan/recommendation-summary/summary", Upload(zip, "application/zip"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (_, report) = Unpack(await response.Content.ReadAsByteArrayAsync(), "summary.docx");
        var results = report.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!, r => r);
        Assert.Equal("mapped", results["a.docx"].GetProperty("status").GetString());
        foreach (var name in new[] { "dtd.docx", "bomb.docx", "readme.txt" })
        {
            Assert.Equal("unreadable", results[name].GetProperty("status").GetString());
            Assert.False(string.IsNullOrEmpty(results[name].GetProperty("message").GetString()), name);
        }
        Assert.Contains("DTD", results["dtd.docx"].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    public static TheoryData<string, byte[]> BadArchives() => new()
    {
        { "not a zip", Encoding.UTF8.GetBytes("PK this is not really a zip") },
        { "600 entries", TemplateDocx.Zip([.. Enumerable.Range(0, 600).Select(i => ($"{i}.docx", new byte[] { 1 }))]) },
        { "more than 256 MB unpacked", TemplateDocx.Zip([.. Enumerable.Range(0, 9).Select(i => ($"{i}.docx", new byte[30 * 1024 * 1024]))]) },
    };

    [Theory]
    [MemberData(nameof(BadArchives))]
    public async Task AnUploadThatIsNoUsableArchiveGetsAProblemAnswer(string what, byte[] upload)
    {
        var response = await _client.PostAsync("/api/forms/henan/recommendation-summary/summary", Upload(upload, "application/zip"));
        var problem = await ProblemOf(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("type").GetString()!.EndsWith("/unreadable-document"), what);
    }

    [Fact]
    public async Task AnArchiveWithNothingTheSummaryCollectsGets422WithEachFilesOutcome()
    {
        var review = await RenderAsync("henan/annual-review-park@2023", FirstSample("henan/annual-review-park@2023"));
        var problem = await ProblemOf(await _client.PostAsync("/api/forms/henan/recommendation-summary/summary", Upload(TemplateDocx.Zip(("复核.docx", review)), "application/zip")), HttpStatusCode.UnprocessableEntity);
        Assert.EndsWith("/summary-empty", problem.GetProperty("type").GetString());
        Assert.Equal("not-accepted", problem.GetProperty("results")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task AFormThatIsNoSummaryAWrongHeaderFieldAndAWrongTypeAreRefused()
    {
        var zip = Upload(TemplateDocx.Zip(("a.txt", [1])), "application/zip");
        Assert.EndsWith("/not-a-summary", (await ProblemOf(await _client.PostAsync("/api/forms/henan/annual-review-park/summary", zip), HttpStatusCode.UnprocessableEntity)).GetProperty("type").GetString());
        var wrong = await ProblemOf(await _client.PostAsync("/api/forms/henan/recommendation-summary/summary?regoin=鹤壁市", zip), HttpStatusCode.BadRequest);
        Assert.Contains("region", wrong.GetProperty("detail").GetString());
        await ProblemOf(await _client.PostAsync("/api/forms/henan/recommendation-summary/summary", Upload([1, 2, 3], "text/plain")), HttpStatusCode.UnsupportedMediaType);
        await ProblemOf(await _client.PostAsync("/api/forms/henan/recommendation-summary/summary?format=pdf", Upload(TemplateDocx.Zip(("a.docx", await RenderAsync("henan/green-park-self-evaluation@2023", "hebi-etdz"))), "application/zip")), HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task TheFormDetailListsWhatASummaryCollectsAndHowEachFormFillsARow()
    {
        var hebei = (await _client.GetFromJsonAsync<JsonElement>("/api/forms/hebei/recommendation-summary")).GetProperty("versions")[0].GetProperty("summary");
        var self = hebei.EnumerateArray().First(s => s.GetProperty("form").GetString() == "miit/green-factory-self-evaluation");
        Assert.Equal("/factories", self.GetProperty("rows").GetString());
        Assert.Equal("/basic/name", self.GetProperty("fields").GetProperty("name")[0].GetString());
        Assert.Equal("自评价", self.GetProperty("values").GetProperty("agency").GetString());
        var form = (await _client.GetFromJsonAsync<JsonElement>("/api/forms/henan/annual-review-park")).GetProperty("versions")[0];
        Assert.Equal(JsonValueKind.Null, form.GetProperty("summary").ValueKind);
    }

    private async Task<byte[]> RenderAsync(string key, string sample)
    {
        var (id, version) = (key.Split('@')[0], key.Split('@')[1]);
        var response = await _client.PostAsync($"/api/forms/{id}/render?version={version}", new ByteArrayContent(File.ReadAllBytes(SamplePath(key, sample))) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static string SamplePath(string key, string sample) =>
        Path.Combine(RepositoryApi.Templates, key.Split('@')[0], key.Split('@')[1], "samples", sample + ".json");

    private static string FirstSample(string key) =>
        Path.GetFileNameWithoutExtension(Directory.EnumerateFiles(Path.GetDirectoryName(SamplePath(key, "x"))!, "*.json").Order().First());

    private static JsonNode Sample(string key, string sample) => JsonNode.Parse(File.ReadAllBytes(SamplePath(key, sample)))!;

    private static string At(string key, string sample, string pointer)
    {
        var node = Sample(key, sample);
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
            node = node is JsonArray array ? array[int.Parse(segment)] : node![segment];
        return node!.GetValue<string>();
    }

    // A cell's paragraphs read as one text.
    private static string Flat(string text) => text.Replace("\r", "").Replace("\n", "");

    private static ByteArrayContent Upload(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    private static (byte[] Document, JsonElement Report) Unpack(byte[] zip, string document)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        Assert.Equal([document, "report.json"], archive.Entries.Select(e => e.FullName));
        return (Read(archive.GetEntry(document)!), JsonDocument.Parse(Read(archive.GetEntry("report.json")!)).RootElement.Clone());
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static async Task<JsonElement> ProblemOf(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<string[]> TableRows(byte[] docx) =>
        Part(docx).Descendants(W + "tr")
            .Select(row => row.Elements(W + "tc").Select(c => string.Concat(c.Descendants(W + "t").Select(t => t.Value)).Trim()).ToArray())
            .ToList();

    private static List<string> Paragraphs(byte[] docx) =>
        Part(docx).Descendants(W + "p").Where(p => !p.Ancestors(W + "tbl").Any()).Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value))).ToList();

    private static XDocument Part(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        return XDocument.Load(stream);
    }

    private static byte[] DocxWith(string documentXml) => TemplateDocx.Zip(
        ("[Content_Types].xml", Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""")),
        ("_rels/.rels", Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""")),
        ("word/document.xml", Encoding.UTF8.GetBytes(documentXml)));
}
