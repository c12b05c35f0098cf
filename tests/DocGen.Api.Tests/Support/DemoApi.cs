using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DocGen.Api.Tests.Support;

/// <summary>The service hosted in memory over the demo templates folder (PDF off unless a subclass turns it on).</summary>
public class DemoApi : WebApplicationFactory<Program>
{
    private readonly DemoCatalog _catalog = new();

    internal DemoCatalog Catalog => _catalog;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("templates", _catalog.Root);
        builder.UseSetting("Pdf:Enabled", "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _catalog.Dispose();
    }
}
