using DocGen.Templates.Catalog;
using DocGen.Validation;

namespace DocGen.Filling.Batch;

/// <summary>
/// Fills a batch one item at a time into a streamed ZIP: each item through the <see cref="FormFiller"/>, then its entry written and
/// forgotten. An item that fails is reported and the next one goes on; the report closes the archive.
/// </summary>
public sealed class BatchRunner(FormVersion version, BatchSettings settings)
{
    private readonly FormToFill _form = FormToFill.Of(version);
    private readonly FormFiller _filler = new(settings.Converter is null ? null : new QueueWaitingPdfConverter(settings.Converter));

    public long PeakPendingBytes { get; private set; }

    public long BytesWritten { get; private set; }

    public async Task<BatchReport> RunAsync(IAsyncEnumerable<RawItem> items, Stream output, CancellationToken cancellationToken)
    {
        var report = new BatchReport(version.Key, settings.Format.Name(), settings.Mode.ToString().ToLowerInvariant(), settings.MaxItems);
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
        using var prepared = _form.Prepare(bytes, settings.Mode, cancellationToken);
        var result = await _filler.FillAsync(_form, prepared, settings.Format, cancellationToken);
        switch (result.Outcome)
        {
            case FillOutcome.Filled:
                var name = settings.Namer.Unique(settings.Namer.Pick(prepared.Data), result.FileName!, settings.Format.Extension());
                await zip.AddAsync(name, result.Document!, cancellationToken);
                report.Add(index, name, BatchItemStatus.Ok, []);
                break;
            case FillOutcome.Unreadable:
                report.Add(index, null, BatchItemStatus.Malformed, [new BatchError("", null, result.Unreadable!.Kind == FormDataProblemKind.NotObject
                    ? "该项应为 JSON 对象（{…}）"
                    : "不是有效的 JSON：" + result.Unreadable.ParseFailure)]);
                break;
            case FillOutcome.Invalid:
                report.Add(index, null, BatchItemStatus.Invalid, result.Errors.Select(e => new BatchError(e.Pointer, e.Label, e.Message)).ToList());
                break;
            case FillOutcome.NotRendered:
                report.Add(index, null, BatchItemStatus.Failed, result.RenderProblems.Select(p => new BatchError("", p.Tag, p.Message)).ToList());
                break;
            default:
                report.Add(index, null, BatchItemStatus.Failed, [new BatchError("", null, "PDF 转换失败：" +
                    (result.PdfFailure is { } failure ? PdfFailureText.Describe(failure) : "本服务未启用 PDF 转换"))]);
                break;
        }
    }
}
