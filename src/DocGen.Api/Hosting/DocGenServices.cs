using DocGen.Api.Forms;
using DocGen.Templates.Catalog;

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
