using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DocGen.Api.Tests.Support;

/// <summary>The service hosted in memory over the repository's own templates (PDF off), for the forms as published.</summary>
public sealed class RepositoryApi : WebApplicationFactory<Program>
{
    public static string Templates => Repository.Templates;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("templates", Repository.Templates);
        builder.UseSetting("Pdf:Enabled", "false");
    }
}
