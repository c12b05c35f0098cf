using DocGen.Api.Hosting;
using DocGen.Templates.Catalog;

namespace DocGen.Api.Health;

internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", () => Results.Json(new { status = "live" })).WithTags("health");
        // Ready means: forms to serve and, unless PDF is switched off, a warm LibreOffice worker.
        app.MapGet("/health/ready", (FormCatalog catalog, PdfPoolHost pdf) =>
        {
            var snapshot = catalog.Current;
            var pool = pdf.Converter?.Status;
            var ready = snapshot.Forms.Count > 0 && (!pdf.Enabled || pool is { Ready: true });
            var body = new
            {
                status = ready ? "ready" : "not-ready",
                forms = snapshot.Forms.Count,
                brokenVersions = snapshot.Problems.Count,
                pdf = pool is null ? null : new { pool.Ready, pool.Workers, pool.WorkersUp, pool.Busy, pool.QueueLength, pool.QueueCapacity, pool.JobsDone, pool.JobsFailed, pool.Restarts },
            };
            return Results.Json(body, statusCode: ready ? 200 : 503);
        }).WithTags("health");
        return app;
    }
}
