using DocGen.Api.Contract;
using DocGen.Api.Hosting;
using DocGen.Api.Problems;
using DocGen.Templates.Catalog;
using DocGen.Templates.Versions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocGen.Api.Forms;

/// <summary>
/// Between versions of one form: <c>GET …/diff</c> (what changed, as JSON or as a page of both versions' pages) and
/// <c>POST …/migrate</c> (last year's data carried over to this year's version).
/// </summary>
internal static class VersionEndpoints
{
    public static RouteGroupBuilder MapVersionEndpoints(this RouteGroupBuilder forms)
    {
        forms.MapGet("/{authority}/{form}/diff", async Task<Results<Ok<VersionComparison>, ContentHttpResult, ProblemHttpResult>> (string authority, string form, string? from, string? to, string? format,
            FormCatalog catalog, VersionDiffPages pages, CancellationToken cancellationToken) =>
        {
            var (pair, problem) = ResolvePair(catalog, authority, form, from, to);
            if (problem is not null) return problem;
            var comparison = VersionDiff.Compare(pair!.Value.From, pair.Value.To);
            return format switch
            {
                null or "" or "json" => TypedResults.Ok(comparison),
                "html" => TypedResults.Content(await pages.RenderAsync(pair.Value.From, pair.Value.To, comparison, cancellationToken), "text/html; charset=utf-8"),
                _ => Problem.BadParameter("format", $"format 只能是 json 或 html（收到“{format}”）"),
            };
        }).Operation("diffVersions", "两个版本之间的差异：正文、表格行与合并、字段（format=json|html）")
          .WithQueryValues("format", "json", "html")
          .AlsoAnswersText("text/html")
          .Fails(400, 404);

        forms.MapPost("/{authority}/{form}/migrate", async Task<Results<Ok<MigrationResult>, ProblemHttpResult>> (string authority, string form, string? from, string? to,
            HttpContext context, FormCatalog catalog, RequestLimits limits, CancellationToken cancellationToken) =>
        {
            var (pair, problem) = ResolvePair(catalog, authority, form, from, to);
            if (problem is not null) return problem;
            var (data, _, badBody) = await FormRenderer.ReadBodyAsync(context, limits.MaxBodyBytes, cancellationToken);
            if (badBody is not null) return badBody;
            using (data)
            {
                var entry = catalog.Current.Find(authority, form)!;
                return TypedResults.Ok(DataMigration.Migrate(entry, pair!.Value.From, pair.Value.To, data!.RootElement));
            }
        }).Accepts<object>(ContractMediaTypes.Json)
          .Operation("migrateData", "把为旧版本填写的数据迁移到新版本：移动改名的字段，列出新版本要求而数据缺少的字段")
          .Fails(400, 404, 415);

        return forms;
    }

    /// <summary>
    /// The two versions to compare: <c>to</c> defaults to the latest, <c>from</c> to the version before <c>to</c>;
    /// <c>from</c> must be older than <c>to</c>.
    /// </summary>
    private static ((FormVersion From, FormVersion To)? Pair, ProblemHttpResult? Problem) ResolvePair(FormCatalog catalog, string authority, string form, string? from, string? to)
    {
        var (newer, notFound) = FormLookup.Resolve(catalog, authority, form, to);
        if (notFound is not null) return (null, notFound);
        var versions = catalog.Current.Find(authority, form)!.Versions.ToList();
        var index = versions.IndexOf(newer!);
        if (string.IsNullOrEmpty(from))
        {
            return index == 0
                ? (null, Problem.BadParameter("from", $"{newer!.Key} 是该表单的第一个版本，没有更早的版本可比较"))
                : ((versions[index - 1], newer!), null);
        }
        var (older, missing) = FormLookup.Resolve(catalog, authority, form, from);
        if (missing is not null) return (null, missing);
        return versions.IndexOf(older!) >= index
            ? (null, Problem.BadParameter("from", $"from（{older!.Version}）必须早于 to（{newer!.Version}）"))
            : ((older!, newer!), null);
    }
}
