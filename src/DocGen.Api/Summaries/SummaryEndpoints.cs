using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DocGen.Api.Contract;
using DocGen.Api.Extraction;
using DocGen.Api.Forms;
using DocGen.Api.Hosting;
using DocGen.Api.Problems;
using DocGen.Filling.Batch;
using DocGen.Templates.Catalog;
using DocGen.Templates.Extraction;
using DocGen.Templates.Summaries;
using DocGen.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace DocGen.Api.Summaries;

/// <summary>
/// <c>POST …/summary</c>: the filled forms a summary table collects (a ZIP of Word files, or a JSON array of their
/// data) in, a ZIP of the filled summary (<c>summary.docx</c> or <c>summary.pdf</c>) and <c>report.json</c> out.
/// The request as a whole is refused with a problem answer (unknown form, no summary, not a ZIP, too large); a file
/// that cannot be used is a line of the report. Nothing is written to disk.
/// </summary>
internal static class SummaryEndpoints
{
    public const string ReportEntry = BatchReport.EntryName;

    private static readonly HashSet<string> ZipTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ContractMediaTypes.Zip, "application/x-zip-compressed", "application/x-zip",
    };

    private static readonly JsonSerializerOptions ReportJson = new(ProblemJson.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static IEndpointRouteBuilder MapSummaries(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/forms/{authority}/{form}/summary", async Task<Results<DownloadResult, ProblemHttpResult>> (RequestedForm requested, RequestedFormat format,
            HttpContext context, FormCatalog catalog, FormRenderer renderer, RequestLimits limits, CancellationToken cancellationToken) =>
        {
            var (found, outputFormat) = (requested.Version, format.Value);
            var builder = SummaryBuilder.For(found, catalog.Current);
            if (builder is null)
            {
                return Problem.Create(ProblemTypes.NotASummary, $"{found.Manifest.Title}（{found.Key}）不是汇总表，没有可汇总的来源表单；汇总表有："
                    + string.Join("、", catalog.Current.Forms.Where(f => f.Latest.Manifest.Summary is not null).Select(f => f.Id)));
            }

            foreach (var (name, values) in context.Request.Query)
            {
                if (name is "version" or "format") continue;
                if (builder.SetHeader(name, values.ToString()) is { } wrong) return Problem.BadParameter(name, wrong);
            }

            var media = MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var parsed) ? parsed.MediaType.Value ?? "" : "";
            var refused = ZipTypes.Contains(media)
                ? await AddArchiveAsync(builder, context, limits, cancellationToken)
                : BatchInputKinds.FromContentType(context.Request.ContentType) is { } kind && media.Length > 0
                    ? await AddItemsAsync(builder, context, kind, limits, cancellationToken)
                    : Problem.Create(ProblemTypes.UnsupportedMediaType,
                        $"汇总请求体应为填好的表单的 ZIP（Content-Type: application/zip）或其数据的 JSON 数组（application/json）（当前“{context.Request.ContentType}”）");
            if (refused is not null) return refused;

            var result = builder.Finish();
            if (result.Report.Mapped == 0)
            {
                return Problem.Create(ProblemTypes.SummaryEmpty,
                    $"上传的{result.Report.Files}个文件中没有 {found.Id} 汇总的表单（{string.Join("、", builder.Accepts)}）；每个文件的情况见 results",
                    new Dictionary<string, object?> { ["results"] = result.Report.Results });
            }

            var rendered = result.Render();
            if (!rendered.Succeeded)
                return Problem.Create(ProblemTypes.RenderFailed, string.Join("\n", rendered.Problems.Select(p => p.ToString())));
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(result.Data)));
            var entry = "summary" + outputFormat.Extension();
            var (document, problem) = await renderer.FinishAsync(found, rendered.Document!, hash, outputFormat, entry, entry, cancellationToken);
            if (problem is not null) return problem;

            using var zip = new MemoryStream();
            await using (var writer = new BatchZipWriter(zip))
            {
                await writer.AddAsync(entry, document!.Bytes, cancellationToken);
                await writer.AddAsync(ReportEntry, JsonSerializer.SerializeToUtf8Bytes(result.Report, ReportJson), cancellationToken);
                await writer.FinishAsync(cancellationToken);
            }
            return DownloadResult.File(new RenderedDocument(zip.ToArray(), ContractMediaTypes.Zip, found.FileNameFor(result.Data) + ".zip",
                DownloadResult.Ascii($"{found.Authority}-{found.Form}", ".zip"), document.FontSubstitutions));
        }).WithTags(ContractTags.Extraction)
          .Accepts<byte[]>(ContractMediaTypes.Zip, ContractMediaTypes.Json)
          .WithQueryValues("format", "docx", "pdf", "pdfa")
          .Operation("buildSummary", "汇总表：上传填好的申报表单（Word 文件的 ZIP，或其数据的 JSON 数组），逐一识别、读取并填入汇总表的行",
              "答复为 ZIP：summary.docx（format=pdf 时为 summary.pdf）与 report.json（每个文件识别为哪个表单、填入哪一行、缺哪些字段，"
              + "未识别或不属于本汇总表的文件，以及汇总表的校验结果）。汇总表的表头字段（推荐单位、日期、市等）可作为查询参数给出。")
          .AnswersFile(ContractMediaTypes.Zip)
          .Fails(400, 404, 413, 415, 422, 503);
        return app;
    }

    private static async Task<ProblemHttpResult?> AddArchiveAsync(SummaryBuilder builder, HttpContext context, RequestLimits limits, CancellationToken cancellationToken)
    {
        var (bytes, error) = await DocumentUpload.ReadBytesAsync(context, limits.MaxSummaryArchiveBytes, cancellationToken);
        if (error is not null) return error;
        try
        {
            builder.AddArchive(bytes!);
            return null;
        }
        catch (UnreadableDocumentException e)
        {
            return DocumentUpload.Unreadable(e.MessageZh);
        }
    }

    // The JSON path reads the body item by item as a batch does, so only the rows made so far are held.
    private static async Task<ProblemHttpResult?> AddItemsAsync(SummaryBuilder builder, HttpContext context, BatchInputKind kind, RequestLimits limits, CancellationToken cancellationToken)
    {
        var (body, tooLarge) = BodyLimit.Apply(context, limits.MaxBatchBodyBytes);
        if (tooLarge is not null) return tooLarge;
        var count = 0;
        await foreach (var item in BatchItemReader.ReadAsync(body!, kind, limits.MaxBatchItemBytes, cancellationToken))
        {
            if (item is { Fatal: true, Index: 0 }) return body!.Exceeded ? Problem.TooLarge(limits.MaxBatchBodyBytes) : Problem.MalformedJson(item.Error!);
            if (++count > limits.MaxBatchItems)
            {
                builder.Skipped++;
                continue;
            }
            if (item.Bytes is null)
            {
                builder.Refuse(null, SummaryFileStatus.Invalid, item.Error!);
                continue;
            }
            var reading = FormDataReader.Read(item.Bytes);
            if (reading.Problem is { } unreadable)
            {
                builder.Refuse(null, SummaryFileStatus.Invalid, unreadable.Kind == FormDataProblemKind.NotObject ? "该项应为 JSON 对象（{…}）" : unreadable.ParseFailure);
                continue;
            }
            using (reading.Document) builder.AddData(null, reading.Document!.RootElement);
        }
        return null;
    }
}
