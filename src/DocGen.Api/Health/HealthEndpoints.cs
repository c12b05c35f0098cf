using DocGen.Api.Contract;
using DocGen.Api.Hosting;
using DocGen.Templates.Catalog;

namespace DocGen.Api.Health;

internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", () => TypedResults.Ok(new LiveStatus("live")))
            .WithTags(ContractTags.Health)
            .Operation("getLiveness", "存活：进程在运行");
        // Ready means: forms to serve and, unless PDF is switched off, a warm LibreOffice worker.
        app.MapGet("/health/ready", (FormCatalog catalog, PdfPoolHost pdf) =>
        {
            var snapshot = catalog.Current;
            var pool = pdf.Converter?.Status;
            var ready = snapshot.Forms.Count > 0 && (!pdf.Enabled || pool is { Ready: true });
            var body = new ReadyStatus(
                ready ? "ready" : "not-ready",
                snapshot.Forms.Count,
                snapshot.Problems.Count,
                pool is null ? null : new PdfPoolState(pool.Ready, pool.Workers, pool.WorkersUp, pool.Busy, pool.QueueLength, pool.QueueCapacity, pool.JobsDone, pool.JobsFailed, pool.Restarts, pool.WorkersIsolated));
            return TypedResults.Json(body, statusCode: ready ? 200 : 503);
        })
        .WithTags(ContractTags.Health)
        .Operation("getReadiness", "就绪：有表单可提供，且（启用 PDF 时）有预热的 LibreOffice 进程；否则 503")
        .Answers<ReadyStatus>()
        .Answers<ReadyStatus>(StatusCodes.Status503ServiceUnavailable);
        return app;
    }
}
