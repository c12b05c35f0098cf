using DocGen.Api.Hosting;
using DocGen.Api.Problems;
using DocGen.Templates.Catalog;

namespace DocGen.Api.Forms;

/// <summary>The forms resource: catalog, schema, samples, blank and filled documents, validation.</summary>
internal static class FormsEndpoints
{
    public static IEndpointRouteBuilder MapFormsApi(this IEndpointRouteBuilder app)
    {
        var forms = app.MapGroup("/api/forms").WithTags("forms");

        forms.MapGet("", (FormCatalog catalog) => Results.Json(catalog.Current.Forms.Select(FormViews.Summary), ProblemJson.Options))
            .WithSummary("所有表单（最新版本及全部版本）");

        app.MapGet("/api/catalog/problems", (FormCatalog catalog) => Results.Json(catalog.Current.Problems.Select(p => new
        {
            key = p.Key,
            diagnostics = p.Diagnostics.Select(d => d.ToString()),
        }), ProblemJson.Options)).WithTags("forms").WithSummary("加载失败、未提供服务的模板版本及原因");

        forms.MapGet("/{authority}/{form}", (string authority, string form, FormCatalog catalog) =>
        {
            var entry = catalog.Current.Find(authority, form);
            return entry is null ? FormLookup.Resolve(catalog, authority, form, null).NotFound! : Results.Json(FormViews.Detail(entry), ProblemJson.Options);
        }).WithSummary("表单详情：版本、发文、来源与出处（official/reconstructed）");

        forms.MapGet("/{authority}/{form}/schema", (string authority, string form, string? version, FormCatalog catalog) =>
        {
            var (found, notFound) = FormLookup.Resolve(catalog, authority, form, version);
            return notFound ?? Results.Text(found!.Schema.Root.GetRawText(), "application/schema+json; charset=utf-8");
        }).WithSummary("表单数据的 JSON Schema");

        forms.MapGet("/{authority}/{form}/samples", (string authority, string form, string? version, FormCatalog catalog) =>
        {
            var (found, notFound) = FormLookup.Resolve(catalog, authority, form, version);
            return notFound ?? Results.Json(found!.Samples.Keys, ProblemJson.Options);
        }).WithSummary("示例数据名称");

        forms.MapGet("/{authority}/{form}/samples/{name}", (string authority, string form, string name, string? version, FormCatalog catalog) =>
        {
            var (found, notFound) = FormLookup.Resolve(catalog, authority, form, version);
            if (notFound is not null) return notFound;
            return found!.Samples.TryGetValue(name, out var path)
                ? Results.File(path, "application/json; charset=utf-8")
                : Problem.Create(404, "unknown-sample", "未找到示例", $"表单 {found.Id} 没有示例 {name}；现有：{string.Join("、", found.Samples.Keys)}",
                    new Dictionary<string, object?> { ["suggestions"] = found.Samples.Keys });
        }).WithSummary("一份示例数据");

        forms.MapGet("/{authority}/{form}/blank", async (string authority, string form, string? version, string? format, HttpContext context,
            FormCatalog catalog, BlankDocuments blanks, CancellationToken cancellationToken) =>
        {
            var (found, notFound) = FormLookup.Resolve(catalog, authority, form, version);
            if (notFound is not null) return notFound;
            var (outputFormat, badFormat) = OutputFormats.Parse(format);
            if (badFormat is not null) return badFormat;
            return await blanks.GetAsync(found!, outputFormat, context.Request.Headers.IfNoneMatch, cancellationToken);
        }).WithSummary("空白表单（与通知附件一致）：format=docx|pdf|pdfa");

        forms.MapPost("/{authority}/{form}/render", async (string authority, string form, string? version, string? format, string? mode,
            HttpContext context, FormCatalog catalog, FormRenderer renderer, RequestLimits limits, CancellationToken cancellationToken) =>
        {
            var (found, notFound) = FormLookup.Resolve(catalog, authority, form, version);
            if (notFound is not null) return notFound;
            var (outputFormat, badFormat) = OutputFormats.Parse(format);
            if (badFormat is not null) return badFormat;
            var (validationMode, badMode) = FormRenderer.ParseMode(mode);
            if (badMode is not null) return badMode;
            var (data, hash, badBody) = await FormRenderer.ReadBodyAsync(context, limits.MaxBodyBytes, cancellationToken);
            if (badBody is not null) return badBody;
            using (data)
            {
                return await renderer.RenderAsync(found!, data!.RootElement, hash, validationMode, outputFormat, cancellationToken);
            }
        }).Accepts<object>("application/json").WithSummary("按 JSON 数据填写表单：format=docx|pdf|pdfa");

        forms.MapPost("/{authority}/{form}/validate", async (string authority, string form, string? version, string? mode,
            HttpContext context, FormCatalog catalog, RequestLimits limits, CancellationToken cancellationToken) =>
        {
            var (found, notFound) = FormLookup.Resolve(catalog, authority, form, version);
            if (notFound is not null) return notFound;
            var (validationMode, badMode) = FormRenderer.ParseMode(mode);
            if (badMode is not null) return badMode;
            var (data, _, badBody) = await FormRenderer.ReadBodyAsync(context, limits.MaxBodyBytes, cancellationToken);
            if (badBody is not null) return badBody;
            using (data)
            {
                var (_, errors) = found!.Prepare(data!.RootElement, validationMode);
                return errors.Count > 0
                    ? Problem.Invalid(errors)
                    : Results.Json(new { valid = true, form = found.Key, mode = validationMode.ToString().ToLowerInvariant() }, ProblemJson.Options);
            }
        }).Accepts<object>("application/json").WithSummary("校验数据（draft：类型与限制；final：含必填项）");

        forms.MapRenderBatch();
        forms.MapVersionEndpoints();

        return app;
    }
}
