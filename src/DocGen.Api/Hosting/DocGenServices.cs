using DocGen.Api.Forms;
using DocGen.Templates.Catalog;
using DocGen.Templates.Extraction;

namespace DocGen.Api.Hosting;

internal static class DocGenServices
{
    /// <summary>
    /// The templates folder: <c>DOCGEN_TEMPLATES</c> or <c>--templates</c>, else the repository's templates/
    /// found upwards from the working directory and the binary.
    /// </summary>
    public static IServiceCollection AddDocGen(this IServiceCollection services, IConfiguration configuration)
    {
        var root = configuration["templates"] ?? configuration["DOCGEN_TEMPLATES"] ?? TemplatesFolder.Find();
        services.AddSingleton(provider =>
        {
            var catalog = new FormCatalog(root, watch: true);
            var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("DocGen.Catalog");
            CatalogLog.Write(logger, catalog.Current);
            catalog.Reloaded += snapshot => CatalogLog.Write(logger, snapshot);
            // Recognising an upload compares it with the pattern of every version, built on first use (1–2 s for the
            // whole catalog): built in the background as soon as a catalog is loaded, they are ready for the first upload.
            _ = Task.Run(() => FormExtractor.Prepare(catalog.Current));
            catalog.Reloaded += snapshot => Task.Run(() => FormExtractor.Prepare(snapshot));
            return catalog;
        });
        services.AddSingleton<PdfPoolHost>();
        services.AddHostedService(provider => provider.GetRequiredService<PdfPoolHost>());
        services.AddSingleton<FormRenderer>();
        services.AddSingleton<BlankDocuments>();
        services.AddSingleton<VersionDiffPages>();
        services.AddSingleton<BatchStatistics>();
        return services;
    }
}
