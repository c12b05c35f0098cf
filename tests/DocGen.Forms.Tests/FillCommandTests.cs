using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;

namespace DocGen.Forms.Tests;

/// <summary><c>docgen render</c>, <c>batch</c> and <c>validate</c>: the service's fill pipeline from the command line.</summary>
public sealed class FillCommandTests : IDisposable
{
    private const string Park = "henan/green-park-self-evaluation@2023";
    private static readonly string Sample = Path.Combine(Repository.Templates, "henan", "green-park-self-evaluation", "2023", "samples", "hebi-etdz.json");

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("docgen-fill-cli-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static int Docgen(params string[] args) =>
        (int)Assembly.Load("docgen").EntryPoint!.Invoke(null, [args])!;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string DocumentText(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }

    [Fact]
    public void ASampleIsRenderedAsTheServiceRendersIt()
    {
        var output = Path.Combine(_folder.FullName, "park.docx");

        Assert.Equal(0, Docgen("--templates", Repository.Templates, "render", Park, "--sample", "hebi-etdz", "--mode", "final", "-o", output));

        Assert.Contains("鹤壁经济技术开发区管理委员会", DocumentText(File.ReadAllBytes(output)));
    }

    [Fact]
    public void DataThatIsNoJsonObjectIsRefusedAndNothingIsWritten()
    {
        var output = Path.Combine(_folder.FullName, "park.docx");

        Assert.Equal(2, Docgen("--templates", Repository.Templates, "render", Park, "--data", Write("items.json", "[{}]"), "-o", output));
        Assert.Equal(2, Docgen("--templates", Repository.Templates, "validate", Park, "--data", Write("cut.json", "{\"park\":")));

        Assert.False(File.Exists(output));
    }

    [Fact]
    public void DataThatBreaksARuleIsRefusedAndNothingIsWritten()
    {
        var output = Path.Combine(_folder.FullName, "park.docx");
        var data = Write("empty.json", "{}");

        Assert.Equal(1, Docgen("--templates", Repository.Templates, "render", Park, "--data", data, "--mode", "final", "-o", output));
        Assert.Equal(1, Docgen("--templates", Repository.Templates, "validate", Park, "--data", data, "--mode", "final"));

        Assert.False(File.Exists(output));
    }

    [Fact]
    public void APdfCarriesTheFormAndTheHashOfTheData()
    {
        var output = Path.Combine(_folder.FullName, "park.pdf");

        Assert.Equal(0, Docgen("--templates", Repository.Templates, "render", Park, "--data", Sample, "--format", "pdf", "-o", output));

        using var poppler = new Poppler(File.ReadAllBytes(output));
        Assert.Contains("鹤壁经济技术开发区", poppler.Text("-layout").Replace(" ", ""));
        Assert.Contains($"data-sha256={Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Sample)))}", poppler.Info());
    }

    [Fact]
    public void ABatchWritesTheGoodItemsAndReportsTheOthers()
    {
        var sample = JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllBytes(Sample)).RootElement);
        var items = Write("items.jsonl", string.Join("\n", sample, "{}", "[1]"));
        var output = Path.Combine(_folder.FullName, "batch.zip");

        Assert.Equal(1, Docgen("--templates", Repository.Templates, "batch", Park, "--data", items, "-o", output, "--mode", "final", "--name", "/park/name"));

        using var zip = ZipFile.OpenRead(output);
        Assert.Equal(["鹤壁经济技术开发区.docx", "report.json"], zip.Entries.Select(e => e.FullName));
        using var report = JsonDocument.Parse(zip.GetEntry("report.json")!.Open());
        Assert.Equal(["ok", "invalid", "malformed"], report.RootElement.GetProperty("results").EnumerateArray().Select(i => i.GetProperty("status").GetString()));
        Assert.Equal("docx", report.RootElement.GetProperty("format").GetString());
    }
}
