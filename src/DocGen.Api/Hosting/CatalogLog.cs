using DocGen.Templates.Catalog;

namespace DocGen.Api.Hosting;

internal static class CatalogLog
{
    public static void Write(ILogger logger, CatalogSnapshot snapshot)
    {
        logger.LogInformation("Catalog: {Forms} forms, {Versions} versions served, {Broken} broken versions skipped",
            snapshot.Forms.Count, snapshot.Forms.Sum(f => f.Versions.Count), snapshot.Problems.Count);
        foreach (var problem in snapshot.Problems)
        {
            foreach (var diagnostic in problem.Diagnostics.Where(d => d.IsError))
                logger.LogWarning("Skipped {Key}: {Diagnostic}", problem.Key, diagnostic.ToString());
        }
    }
}
