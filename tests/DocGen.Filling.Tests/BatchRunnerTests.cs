using System.IO.Compression;
using System.Text;
using System.Text.Json;
using DocGen.Filling.Batch;
using DocGen.Filling.Tests.Support;
using DocGen.Validation;

namespace DocGen.Filling.Tests;

public sealed class BatchRunnerTests
{
    [Fact]
    public async Task EachItemGoesThroughTheFillerAndOnlyGoodOnesBecomeEntries()
    {
        var (namer, _) = BatchNamer.Create("/park/name", BatchReport.EntryName);
        var settings = new BatchSettings { Format = OutputFormat.Docx, Mode = ValidationMode.Final, Namer = namer! };
        var items = Items(
            "[1]",
            Encoding.UTF8.GetString(Park.Sample(data => data["park"]!["name"] = "")),
            "{\"park\":",
            Encoding.UTF8.GetString(Park.Sample()));
        using var output = new MemoryStream();

        var report = await new BatchRunner(Park.Load(), settings).RunAsync(items, output, CancellationToken.None);

        Assert.Equal([BatchItemStatus.Malformed, BatchItemStatus.Invalid, BatchItemStatus.Malformed, BatchItemStatus.Ok], report.Items.Select(i => i.Status));
        Assert.Equal("该项应为 JSON 对象（{…}）", report.Items[0].Errors[0].Message);
        Assert.StartsWith("不是有效的 JSON：", report.Items[2].Errors[0].Message);
        using var zip = new ZipArchive(new MemoryStream(output.ToArray()));
        Assert.Equal(["鹤壁经济技术开发区.docx", BatchReport.EntryName], zip.Entries.Select(e => e.FullName));
        using var reportJson = JsonDocument.Parse(zip.GetEntry(BatchReport.EntryName)!.Open());
        Assert.Equal("docx", reportJson.RootElement.GetProperty("format").GetString());
    }

    [Fact]
    public async Task APdfBatchWaitsForAPlaceInAFullQueueInsteadOfFailingTheItem()
    {
        var (namer, _) = BatchNamer.Create(null, BatchReport.EntryName);
        var converter = new FullOnceConverter();
        var settings = new BatchSettings { Format = OutputFormat.Pdf, Namer = namer!, Converter = converter };
        using var output = new MemoryStream();

        var report = await new BatchRunner(Park.Load(), settings).RunAsync(Items(Encoding.UTF8.GetString(Park.Sample())), output, CancellationToken.None);

        Assert.Equal(BatchItemStatus.Ok, Assert.Single(report.Items).Status);
        Assert.Equal(2, converter.Attempts);
    }

    private static async IAsyncEnumerable<RawItem> Items(params string[] items)
    {
        for (var i = 0; i < items.Length; i++)
        {
            await Task.Yield();
            yield return new RawItem(i, Encoding.UTF8.GetBytes(items[i]), null);
        }
    }
}
