using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DocGen.Browser.Tests.Support;

/// <summary>
/// The real service on a real socket (Kestrel on a free 127.0.0.1 port), since a browser cannot reach the
/// in-memory test server: the repository's templates, the pages, and a one-worker LibreOffice pool.
/// With <paramref name="apiKey"/>, the service requires that key for everything that makes something.
/// </summary>
public sealed class DocGenServer : WebApplicationFactory<Program>
{
    private readonly string? _apiKey;

    public DocGenServer(string? apiKey = null)
    {
        _apiKey = apiKey;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("templates", Repository.Templates);
        builder.UseSetting("Pdf:Workers", "1");
        builder.UseEnvironment("Production");
        if (_apiKey is not null) builder.UseSetting("Access:ApiKeys:0", _apiKey);
    }
}
