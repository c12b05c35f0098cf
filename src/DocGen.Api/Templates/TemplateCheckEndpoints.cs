using DocGen.Api.Contract;
using DocGen.Api.Hosting;
using DocGen.Api.Problems;
using DocGen.Templates.Catalog;
using DocGen.Templates.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocGen.Api.Templates;

/// <summary>
/// The template check for officials: a candidate template.docx (with an optional schema and sample) in, the
/// lint report with locations and previews of the blank and sample renders out. Nothing is kept, nothing
/// touches the disk; the upload is bounded by the service's general body limit (Limits:MaxBodyBytes).
/// </summary>
internal static class TemplateCheckEndpoints
{
    public static IEndpointRouteBuilder MapTemplateCheck(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/templates/check", async Task<Results<Ok<CheckReport>, ProblemHttpResult>> (HttpRequest request, FormCatalog catalog, PdfPoolHost pdf, RequestLimits limits, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        {
            if (!request.HasFormContentType)
                return Problem.Create(ProblemTypes.NotMultipart, "请以表单上传：template（必需，.docx），schema（可选，schema.json），sample（可选，示例 JSON），form（可选，对照的目录表单 authority/form@version；不填则按固定文字识别模板所属表单，none 为不对照）");
            IFormCollection form;
            try
            {
                form = await InMemory(request, limits.MaxBodyBytes).ReadFormAsync(cancellationToken);
            }
            catch (InvalidDataException e)
            {
                return Problem.Create(ProblemTypes.BadMultipart, e.Message);
            }
            var upload = await CheckUpload.ReadAsync(form, cancellationToken);
            if (upload.Error is not null) return upload.Error;
            var (reference, comparison, notFound) = Compared(catalog, form["form"].ToString().Trim(), upload);
            if (notFound is not null) return notFound;
            var checker = new TemplateChecker(pdf.Converter, new PagePreviewer(loggers.CreateLogger<PagePreviewer>()));
            var report = await checker.CheckAsync(upload, reference, comparison, cancellationToken);
            return TypedResults.Ok(report);
        })
        .DisableAntiforgery()
        .Accepts<TemplateCheckUpload>(ContractMediaTypes.Multipart)
        .WithTags(ContractTags.Templates)
        .Fails(400, 404, 415)
        .Operation("checkTemplate", "检查模板：上传 template.docx（可附 schema.json、示例 JSON 或对照目录表单；未指定时按固定文字识别所属表单），返回识别结果、带 Word 位置的检查报告及空白/示例预览；不保存任何内容");

        app.MapGet("/api/diagnostics", () => TypedResults.Ok<IReadOnlyList<DiagnosticEntry>>([.. DiagnosticCatalog.All.Select(DiagnosticEntry.Of)]))
            .WithTags(ContractTags.Templates)
            .Operation("listDiagnostics", "错误目录：每个检查代码（DGxxxx）的级别、中文标题、英文说明和处理建议");
        return app;
    }

    /// <summary>
    /// The catalog form the template is checked against: the one chosen; with none chosen, the one the template is a
    /// copy of, unless the official brought a schema of their own; none for <c>form=none</c>.
    /// </summary>
    private static (CatalogReference? Reference, CheckComparison Comparison, ProblemHttpResult? NotFound) Compared(FormCatalog catalog, string chosen, CheckUpload upload)
    {
        if (chosen == CatalogReference.None) return (null, CheckComparison.NoneChosen, null);
        if (chosen.Length > 0)
        {
            var (found, notFound) = CatalogReference.Resolve(catalog, chosen);
            return (found, CheckComparison.Chosen, notFound);
        }
        if (upload.Schema is not null) return (null, CheckComparison.OwnSchema, null);
        return CatalogReference.Recognize(catalog, upload.Template) is { } recognized
            ? (recognized, CheckComparison.Recognized, null)
            : (null, CheckComparison.NotRecognized, null);
    }

    /// <summary>
    /// Reads the multipart upload into memory only. By default ASP.NET Core moves every file part over 64 KB into a
    /// temporary file (ASPNETCORE_*.tmp); with the memory threshold at the body limit, no part can reach the disk,
    /// and a part over the limit is refused (Kestrel bounds the whole body to the same limit).
    /// </summary>
    private static HttpRequest InMemory(HttpRequest request, long limit)
    {
        var threshold = (int)Math.Min(limit, int.MaxValue);
        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
        {
            MemoryBufferThreshold = threshold,
            MultipartBodyLengthLimit = threshold,
        }));
        return request;
    }
}
