using System.Reflection;
using System.Text.Json;
using DocGen.Forms.Tests.Support;
using static DocGen.Forms.Tests.Summaries.SummaryInputs;

namespace DocGen.Forms.Tests.Summaries;

/// <summary><c>docgen summary</c> on a folder of filled forms, as an official runs it on what the cities sent.</summary>
public sealed class SummaryCommandTests : IDisposable
{
    private const string FactorySelf = "miit/green-factory-self-evaluation@2022";
    private const string ChainThirdParty = "miit/green-supply-chain-third-party-evaluation@2022";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("docgen-summary-cli-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static int Docgen(params string[] args) =>
        (int)Assembly.Load("docgen").EntryPoint!.Invoke(null, [args])!;

    private string Input()
    {
        var input = _folder.CreateSubdirectory("收到的材料");
        File.WriteAllBytes(Path.Combine(input.FullName, "1-嘉兴华锦.docx"), Filled(FactorySelf, "jiaxing-dyeing"));
        File.WriteAllBytes(Path.Combine(input.FullName, "2-常州液压.docx"), Filled(ChainThirdParty, "changzhou-hydraulics"));
        File.WriteAllText(Path.Combine(input.FullName, "3-说明.txt"), "纸质版另寄");
        return input.FullName;
    }

    [Fact]
    public void AFolderOfFilledFormsGivesTheSummaryAndItsReport()
    {
        var output = Path.Combine(_folder.FullName, "汇总表.docx");
        var report = Path.Combine(_folder.FullName, "report.json");

        Assert.Equal(0, Docgen("--templates", Repository.Templates, "summary", "hebei/recommendation-summary", Input(), "-o", output, "--report", report, "--set", "city=嘉兴市"));

        var rows = TableRows(File.ReadAllBytes(output));
        var factory = Sample(FactorySelf, "jiaxing-dyeing");
        var chain = Sample(ChainThirdParty, "changzhou-hydraulics");
        Assert.Contains(["1", At(factory, "/basic/name"), "自评价", At(factory, "/basic/industry"), ""], rows);
        Assert.Contains(["1", At(chain, "/enterprise/name"), At(chain, "/agency/name"), "", ""], rows);
        var results = JsonDocument.Parse(File.ReadAllBytes(report)).RootElement.GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("name").GetString(), r.GetProperty("status").GetString())).ToList();
        Assert.Equal([("1-嘉兴华锦.docx", "mapped"), ("2-常州液压.docx", "mapped"), ("3-说明.txt", "unreadable")], results);
    }

    [Fact]
    public void APdfNameGivesThePrintedSummary()
    {
        var output = Path.Combine(_folder.FullName, "汇总表.pdf");

        Assert.Equal(0, Docgen("--templates", Repository.Templates, "summary", "hebei/recommendation-summary@2024", Input(), "-o", output));

        using var poppler = new Poppler(File.ReadAllBytes(output));
        var text = poppler.Text("-layout").Replace(" ", "");
        Assert.Contains("嘉兴华锦", text);
        Assert.Contains("常州", text);
    }

    [Fact]
    public void NothingIsWrittenWhenNoFileIsAFormTheSummaryCollects()
    {
        var input = _folder.CreateSubdirectory("别的表");
        File.WriteAllBytes(Path.Combine(input.FullName, "复核.docx"), Filled("henan/annual-review-park@2023", FormCases.Find("henan/annual-review-park@2023").Samples.Keys.First()));
        var output = Path.Combine(_folder.FullName, "汇总表.docx");

        Assert.Equal(1, Docgen("--templates", Repository.Templates, "summary", "hebei/recommendation-summary", input.FullName, "-o", output));
        Assert.False(File.Exists(output));
    }
}
