using System.Text.Json.Nodes;
using DocGen.Api.Contract;
using DocGen.Api.Hosting;
using DocGen.Api.Problems;
using DocGen.Templates.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocGen.Api.Forms;

/// <summary>The forms resource: catalog, schema, samples, blank and filled documents, validation.</summary>
internal static class FormsEndpoints
{
    public static IEndpointRouteBuilder MapFormsApi(this IEndpointRouteBuilder app)
    {
        var forms = app.MapGroup("/api/forms").WithTags(ContractTags.Forms);

        forms.MapGet("", (FormCatalog catalog) => TypedResults.Ok<IReadOnlyList<FormSummary>>([.. catalog.Current.Forms.Select(FormViews.Summary)]))
            .Operation("listForms", "所有表单（最新版本及全部版本）");

        app.MapGet("/api/catalog/problems", (FormCatalog catalog) => TypedResults.Ok<IReadOnlyList<CatalogProblemView>>(
                [.. catalog.Current.Problems.Select(p => new CatalogProblemView(p.Key, [.. p.Diagnostics.Select(d => d.ToString())]))]))
            .WithTags(ContractTags.Catalog)
            .Operation("listCatalogProblems", "加载失败、未提供服务的模板版本及原因");

        forms.MapGet("/{authority}/{form}", Results<Ok<FormDetail>, ProblemHttpResult> (string authority, string form, FormCatalog catalog) =>
        {
            var entry = catalog.Current.Find(authority, form);
            return entry is null ? FormLookup.UnknownForm(catalog.Current, $"{authority}/{form}") : TypedResults.Ok(FormViews.Detail(entry));
        }).Operation("getForm", "表单详情：版本、发文、来源与出处（official/reconstructed）")
          .Fails(404);

        forms.MapGet("/{authority}/{form}/schema", (RequestedForm requested) =>
            TypedResults.Text(requested.Version.Schema.Root.GetRawText(), "application/schema+json; charset=utf-8"))
          .Operation("getFormSchema", "表单数据的 JSON Schema（中文标题、通知中的填写说明与限制）")
          .Produces<JsonObject>(StatusCodes.Status200OK, ContractMediaTypes.JsonSchema)
          .Fails(404);

        forms.MapGet("/{authority}/{form}/samples", (RequestedForm requested) => TypedResults.Ok<IReadOnlyList<string>>([.. requested.Version.Samples.Keys]))
          .Operation("listSamples", "示例数据名称")
          .Fails(404);

        forms.MapGet("/{authority}/{form}/samples/{name}", Results<PhysicalFileHttpResult, ProblemHttpResult> (RequestedForm requested, string name) =>
        {
            var found = requested.Version;
            return found.Samples.TryGetValue(name, out var path)
                ? TypedResults.PhysicalFile(path, "application/json; charset=utf-8")
                : Problem.Create(ProblemTypes.UnknownSample, $"表单 {found.Id} 没有示例 {name}；现有：{string.Join("、", found.Samples.Keys)}",
                    new Dictionary<string, object?> { ["suggestions"] = found.Samples.Keys });
        }).Operation("getSample", "一份示例数据")
          .Produces(StatusCodes.Status200OK)
          .UsesFormData(FormDataUse.Answer)
          .Fails(404);

        forms.MapGet("/{authority}/{form}/blank", (RequestedForm requested, RequestedFormat format, BlankDocuments blanks, CancellationToken cancellationToken) =>
            blanks.GetAsync(requested.Version, format.Value, cancellationToken)).Operation("getBlankForm", "空白表单（与通知附件一致）：format=docx|pdf|pdfa",
              "带 If-None-Match 或 If-Modified-Since 再次请求时，文档未变化则返回 304；支持 Range 请求（206）以续传。")
          .AnswersFile(ContractMediaTypes.Docx, ContractMediaTypes.Pdf)
          .WithResponseHeaders(StatusCodes.Status200OK, ContractHeaders.ETag, ContractHeaders.LastModified, ContractHeaders.FontSubstitutions)
          .Produces(StatusCodes.Status304NotModified)
          .WithResponseHeaders(StatusCodes.Status304NotModified, ContractHeaders.ETag, ContractHeaders.LastModified)
          .Fails(400, 404, 422, 502, 503, 504);

        forms.MapPost("/{authority}/{form}/render", async Task<Results<DownloadResult, ProblemHttpResult>> (RequestedForm requested, RequestedFormat format, RequestedMode mode,
            HttpContext context, FormRenderer renderer, RequestLimits limits, CancellationToken cancellationToken) =>
        {
            var (data, hash, badBody) = await FormRenderer.ReadBodyAsync(context, limits.MaxBodyBytes, cancellationToken);
            if (badBody is not null) return badBody;
            using (data)
            {
                return await renderer.RenderAsync(requested.Version, data!.RootElement, hash, mode.Value, format.Value, cancellationToken);
            }
        }).Operation("renderForm", "按 JSON 数据填写表单：format=docx|pdf|pdfa")
          .Accepts<object>(ContractMediaTypes.Json)
          .UsesFormData(FormDataUse.Body)
          .AnswersFile(ContractMediaTypes.Docx, ContractMediaTypes.Pdf)
          .WithResponseHeaders(StatusCodes.Status200OK, ContractHeaders.FontSubstitutions)
          .Fails(400, 404, 415, 422, 502, 503, 504);

        forms.MapPost("/{authority}/{form}/validate", async Task<Results<Ok<ValidationResult>, ProblemHttpResult>> (RequestedForm requested, RequestedMode mode,
            HttpContext context, RequestLimits limits, CancellationToken cancellationToken) =>
        {
            var (data, hash, badBody) = await FormRenderer.ReadBodyAsync(context, limits.MaxBodyBytes, cancellationToken);
            if (badBody is not null) return badBody;
            using (data)
            {
                using var judged = FormToFill.Of(requested.Version).Prepare(data!.RootElement, hash, mode.Value, cancellationToken);
                return judged.Errors.Count > 0
                    ? Problem.Invalid(judged.Errors)
                    : TypedResults.Ok(new ValidationResult(true, requested.Version.Key, mode.Value.ToString().ToLowerInvariant()));
            }
        }).Operation("validateForm", "校验数据（draft：类型与限制；final：含必填项）")
          .Accepts<object>(ContractMediaTypes.Json)
          .UsesFormData(FormDataUse.Body)
          .Fails(400, 404, 415, 422);

        forms.MapRenderBatch();
        forms.MapVersionEndpoints();
        forms.MapFormContract();

        return app;
    }
}
