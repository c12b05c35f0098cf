using DocGen.Templates.Catalog;

namespace DocGen.Api.Health;

internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", () => Results.Json(new { status = "live" })).WithTags("health");
        app.MapGet("/health/ready", (FormCatalog catalog) =>
        {
            var snapshot = catalog.Current;
            var body = new { status = snapshot.Forms.Count > 0 ? "ready" : "not-ready", forms = snapshot.Forms.Count, brokenVersions = snapshot.Problems.Count };
            return Results.Json(body, statusCode: snapshot.Forms.Count > 0 ? 200 : 503);
        }).WithTags("health");
        return app;
    }
}
