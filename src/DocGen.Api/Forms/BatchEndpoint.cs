using DocGen.Api.Contract;
using DocGen.Api.Hosting;
using DocGen.Api.Problems;
using DocGen.Conversion;
using DocGen.Filling.Batch;
using DocGen.Templates.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocGen.Api.Forms;

/// <summary>
/// <c>POST …/render-batch</c>: a JSON array or JSON Lines of payloads in, a ZIP of documents and a report out,
/// both streamed. Everything that can be refused is refused before the first byte of the ZIP (unknown form,
/// bad parameters, a body that is not a batch or declares itself too large); after that every problem is an
/// item's, and goes into <c>report.json</c>.
/// </summary>
internal static class BatchEndpoint
{
    public static RouteHandlerBuilder MapRenderBatch(this RouteGroupBuilder forms) =>
        forms.MapPost("/{authority}/{form}/render-batch", async Task<Results<BatchZipResult, ProblemHttpResult>> (RequestedForm requested, RequestedFormat format, RequestedMode mode, string? name,
            HttpContext context, PdfPoolHost pdf, RequestLimits limits, BatchStatistics statistics, ILogger<BatchRunner> logger) =>
        {
            var (outputFormat, validationMode) = (format.Value, mode.Value);
            var (namer, badName) = BatchNamer.Create(name, BatchReport.EntryName);
            if (namer is null) return Problem.BadParameter("name", badName!);
            if (BatchInputKinds.FromContentType(context.Request.ContentType) is not { } kind)
            {
                return Problem.Create(ProblemTypes.UnsupportedMediaType,
                    $"批量请求体应为 JSON 数组（Content-Type: application/json）或 JSON Lines（application/x-ndjson）（当前“{context.Request.ContentType}”）");
            }

            IPdfConverter? converter = null;
            if (outputFormat != OutputFormat.Docx && (converter = pdf.Converter) is null)
                return Problem.Create(ProblemTypes.PdfUnavailable, "本服务未启用 PDF 转换（Pdf:Enabled=false）；请改用 format=docx");
            var (body, tooLarge) = BodyLimit.Apply(context, limits.MaxBatchBodyBytes);
            if (tooLarge is not null) return tooLarge;

            var cancellationToken = context.RequestAborted;
            var items = BatchItemReader.ReadAsync(body!, kind, limits.MaxBatchItemBytes, cancellationToken).GetAsyncEnumerator(cancellationToken);
            // The first item decides between a problem answer and a ZIP: a body that is no batch at all is a 400 (or 413), not an archive.
            var hasFirst = await items.MoveNextAsync();
            if (hasFirst && items.Current is { Fatal: true, Index: 0 } first)
            {
                await items.DisposeAsync();
                return body!.Exceeded ? Problem.TooLarge(limits.MaxBatchBodyBytes) : Problem.MalformedJson(first.Error!);
            }
            var settings = new BatchSettings
            {
                Format = outputFormat,
                Mode = validationMode,
                Namer = namer,
                MaxItems = limits.MaxBatchItems,
                Converter = converter,
            };
            return new BatchZipResult(requested.Version, settings, items, hasFirst, statistics, logger);
        }).Operation("renderBatch", "批量填写：JSON 数组或 JSON Lines → ZIP（每项一份文档，report.json 列出每项结果与错误）；name=字段（/company/name）命名文件")
          .UsesFormData(FormDataUse.BodyArray)
          .AnswersFile(ContractMediaTypes.Zip)
          .Fails(400, 404, 415, 503);
}
