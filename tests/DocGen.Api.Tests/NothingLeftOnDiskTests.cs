using System.Text;
using System.Text.Json;
using DocGen.Api.Tests.Support;

namespace DocGen.Api.Tests;

[CollectionDefinition(nameof(NothingLeftOnDiskTests), DisableParallelization = true)]
public sealed class NothingLeftOnDiskCollection;

/// <summary>Runs alone, so that the temporary folder changes only through what these requests do.</summary>
[Collection(nameof(NothingLeftOnDiskTests))]
public sealed class NothingLeftOnDiskTests
{
    private static HashSet<string> TempEntries() => Directory.EnumerateFileSystemEntries(Path.GetTempPath()).ToHashSet();

    [Fact]
    public async Task HostileRequestsLeaveNothingBehindInTheTemporaryFolderOrTheTemplates()
    {
        using var api = new SettingsApi(("Limits:MaxBodyBytes", "65536"));
        var client = api.CreateClient();
        await client.GetAsync("/health/live");
        var templatesBefore = Directory.EnumerateFileSystemEntries(api.Catalog.Root, "*", SearchOption.AllDirectories).Order().ToList();
        var before = TempEntries();

        StringContent Json(string text, string type = "application/json") => new(text, Encoding.UTF8, type);
        var bodies = new (string Url, HttpContent Content)[]
        {
            ("render", Json(JsonSerializer.Serialize(new { name = "甲", intro = new string('x', 100_000) }))),
            ("render", Json("{\"intro\":" + new string('[', 200) + new string(']', 200) + "}")),
            ("render", Json("{\"name\":\"\\uD800\\u0001</w:t>]]>&amp;\"}")),
            ("render", Json(JsonSerializer.Serialize(new { name = "甲", photo = Convert.ToBase64String(Images.Png(90_000, 90_000)) }))),
            ("render", Json("{\"name\":")),
            ("render-batch", Json("[{\"name\":\"甲\"},{\"name\":\"乙\",\"photo\":\"eA==\"},{\"name\":")),
            ("render-batch", Json("{\"name\":\"甲\"}\n{\"name\":\"乙\"}\n", "application/x-ndjson")),
            ("render-batch?name=/name", Json("[{\"name\":\"../../../escape\"},{\"name\":\"/tmp/abs\"}]")),
        };
        foreach (var (url, content) in bodies) await client.PostAsync("/api/forms/demo/case-form/" + url, content);

        Assert.Empty(TempEntries().Except(before));
        Assert.Equal(templatesBefore, Directory.EnumerateFileSystemEntries(api.Catalog.Root, "*", SearchOption.AllDirectories).Order());
        Assert.False(File.Exists("/tmp/abs.docx"));
        Assert.False(File.Exists(Path.GetFullPath(Path.Combine(api.Catalog.Root, "..", "..", "..", "escape.docx"))));
    }

    [Fact]
    public async Task ATemplateCheckUploadIsHeldInMemoryAndNeverBufferedToATemporaryFile()
    {
        using var api = new SettingsApi();
        var client = api.CreateClient();
        // Noise does not compress: the upload is several hundred KB, far over ASP.NET Core's 64 KB in-memory default.
        var noise = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(400_000));
        var template = TemplateDocx.Zip(
            ("[Content_Types].xml", TemplateDocx.ContentTypes), ("_rels/.rels", TemplateDocx.RootRelationships),
            ("word/document.xml", TemplateDocx.Document(TemplateDocx.P("{{ name }}"))), ("word/_rels/document.xml.rels", TemplateDocx.DocumentRelationships),
            ("customXml/item1.xml", $"<noise>{noise}</noise>"));
        Assert.True(template.Length > 256 * 1024);
        var created = new List<string>();
        using var watcher = new FileSystemWatcher(AspNetCoreTemp.Folder) { IncludeSubdirectories = true };
        watcher.Created += (_, e) => { lock (created) created.Add(e.FullPath); };
        watcher.EnableRaisingEvents = true;

        using var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent(template), "template", "template.docx" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(new string(' ', 200_000) + "{}")), "sample", "sample.json" },
        };
        var response = await client.PostAsync("/api/templates/check", upload);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(500); // inotify events arrive after the fact
        lock (created) Assert.Empty(created);
    }
}
