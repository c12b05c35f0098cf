using DocGen.Api.Contract;
using DocGen.Api.Forms;
using DocGen.Api.Hosting;
using DocGen.Api.Problems;
using DocGen.Templates.Catalog;
using DocGen.Templates.Extraction;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocGen.Api.Extraction;

/// <summary>Filled Word forms read back into their JSON, with or without saying which form they are.</summary>
internal static class ExtractionEndpoints
{
    public static IEndpointRouteBuilder MapExtraction(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/forms/{authority}/{form}/extract", async Task<Results<Ok<ExtractionReport>, ProblemHttpResult>> (RequestedForm requested, RequestedMode mode,
            HttpContext context, RequestLimits limits, CancellationToken cancellationToken) =>
        {
            var (document, bad) = await DocumentUpload.ReadAsync(context, limits.MaxBodyBytes, cancellationToken);
            if (bad is not null) return bad;
            return TypedResults.Ok(ExtractionReport.From(FormExtractor.Extract(requested.Version, document!, mode.Value)));
        }).WithTags(ContractTags.Extraction).Accepts<byte[]>(DocumentUpload.DocxContentType, DocumentUpload.OctetStream)
          .Operation("extractForm", "读取填好的 Word 表单（DocGen 生成或手工填写）为表单 JSON：data、errors、unmatched")
          .Fails(400, 404, 415);

        app.MapPost("/api/extract", async Task<Results<Ok<ExtractionReport>, ProblemHttpResult>> (RequestedMode mode, HttpContext context, FormCatalog catalog, RequestLimits limits, CancellationToken cancellationToken) =>
        {
            var (document, bad) = await DocumentUpload.ReadAsync(context, limits.MaxBodyBytes, cancellationToken);
            if (bad is not null) return bad;
            var candidates = FormExtractor.Recognize(catalog.Current, document!);
            if (candidates.Count == 0 || candidates[0].Score < FormExtractor.RecognitionThreshold)
            {
                var closest = candidates.Take(3).Select(c => new { form = c.Form.Id, version = c.Form.Version, title = c.Form.Manifest.Title, score = Math.Round(c.Score, 3) }).ToList();
                return Problem.Create(ProblemTypes.UnrecognizedForm,
                    "上传的文档不是目录中的任何表单" + (closest.Count > 0 ? $"；最接近的是：{string.Join("、", closest.Select(c => $"{c.title}（{c.form}@{c.version}，{c.score:P0}）"))}" : ""),
                    new Dictionary<string, object?> { ["candidates"] = closest });
            }
            var best = candidates[0];
            return TypedResults.Ok(ExtractionReport.From(FormExtractor.Extract(best.Form, document!, mode.Value), best.Score));
        }).WithTags(ContractTags.Extraction).Accepts<byte[]>(DocumentUpload.DocxContentType, DocumentUpload.OctetStream)
          .Operation("extractAnyForm", "识别上传的 Word 文档是哪个表单（按固定文字），并读取其数据")
          .Fails(400, 415, 422);

        return app;
    }
}
