using System.Security.Cryptography;
using System.Text.Json;
using DocGen.Conversion;
using DocGen.Templates.Catalog;
using DocGen.Validation;

namespace DocGen.Filling.Batch;

/// <summary>
/// Renders a batch one item at a time into a streamed ZIP: parse, validate, render, convert, write the entry,
/// forget it. An item that fails is reported and the next one goes on; the report closes the archive.
/// </summary>
public sealed class BatchRunner(FormVersion version, BatchSettings settings)
{
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = JsonErrorText.MaxDepth };

    public long PeakPendingBytes { get; private set; }

    public long BytesWritten { get; private set; }

    public async Task<BatchReport> RunAsync(IAsyncEnumerable<RawItem> items, Stream output, CancellationToken cancellationToken)
    {
        var report = new BatchReport(version.Key, settings.Format, settings.Mode.ToString().ToLowerInvariant(), settings.MaxItems);
        await using var zip = new BatchZipWriter(output);
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            if (item.Fatal)
            {
                report.InputProblem = item.Error;
                break;
            }
            if (report.Items.Count >= settings.MaxItems)
            {
                report.Skipped++;
            }
            else if (item.Bytes is null)
            {
                report.Add(item.Index, null, BatchItemStatus.Malformed, [new BatchError("", null, item.Error ?? "空项")]);
            }
            else
            {
                await RenderItemAsync(item.Index, item.Bytes, zip, report, cancellationToken);
            }
            settings.Progress?.Invoke(new BatchProgress(report.Items.Count, report.Succeeded, report.Skipped));
        }
        await zip.AddAsync(BatchReport.EntryName, report.ToJson(), cancellationToken);
        await zip.FinishAsync(cancellationToken);
        PeakPendingBytes = zip.PeakPendingBytes;
        BytesWritten = zip.BytesWritten;
        return report;
    }

    private async Task RenderItemAsync(int index, byte[] bytes, BatchZipWriter zip, BatchReport report, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = JsonText.WithoutLoneSurrogates(JsonDocument.Parse(bytes, ParseOptions), bytes, ParseOptions);
        }
        catch (JsonException e)
        {
            report.Add(index, null, BatchItemStatus.Malformed, [new BatchError("", null, "不是有效的 JSON：" + JsonErrorText.Describe(e))]);
            return;
        }
        using (document)
        {
            var data = document.RootElement;
            if (data.ValueKind != JsonValueKind.Object)
            {
                report.Add(index, null, BatchItemStatus.Malformed, [new BatchError("", null, "该项应为 JSON 对象（{…}）")]);
                return;
            }
            var (prepared, errors) = version.Prepare(data, settings.Mode, cancellationToken);
            if (prepared is not { } filled)
            {
                report.Add(index, null, BatchItemStatus.Invalid, errors.Select(e => new BatchError(e.Pointer, e.Label, e.Message)).ToList());
                return;
            }
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            var result = version.Template.Render(filled, version.RenderOptionsFor(hash) with { Cancellation = cancellationToken });
            if (!result.Succeeded)
            {
                report.Add(index, null, BatchItemStatus.Failed, result.Problems.Select(p => new BatchError("", p.Tag, p.Message)).ToList());
                return;
            }
            var content = result.Document!;
            if (settings.ConvertToPdf is { } convert)
            {
                var properties = version.PropertiesFor(hash);
                try
                {
                    content = await convert(content, new PdfConversionOptions
                    {
                        PdfA = settings.Format == "pdfa",
                        Title = properties.Title,
                        Subject = properties.Subject,
                        Keywords = properties.Keywords,
                    }, cancellationToken);
                }
                catch (PdfConversionException e)
                {
                    report.Add(index, null, BatchItemStatus.Failed, [new BatchError("", null, "PDF 转换失败：" + PdfFailureText.Describe(e))]);
                    return;
                }
            }
            var name = settings.Namer.Unique(settings.Namer.Pick(data), version.FileNameFor(data), settings.Extension);
            await zip.AddAsync(name, content, cancellationToken);
            report.Add(index, name, BatchItemStatus.Ok, []);
        }
    }
}
