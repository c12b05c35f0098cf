using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DocGen.Contract.Tests.Support;

/// <summary>
/// The service as an integrator meets it: on a real socket (Kestrel on a free 127.0.0.1 port, so a separately
/// built client can call it), the repository's forms, a one-worker LibreOffice pool, and an API key required for writes.
/// </summary>
public sealed class ContractServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ApiKey = "contract-test-key-5185";

    public ContractServer() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    public Uri BaseAddress { get; private set; } = null!;

    public Task InitializeAsync()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single());
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>A document as the service serves it, written to a file for the command-line tools.</summary>
    public async Task<string> SaveAsync(string path, string file)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        var text = await client.GetStringAsync(path);
        var target = Path.Combine(Path.GetTempPath(), "docgen-contract-" + Environment.ProcessId, file);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllTextAsync(target, text);
        return target;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("templates", Repository.Templates);
        builder.UseSetting("Pdf:Workers", "1");
        builder.UseSetting("Access:ApiKeys:0", ApiKey);
        builder.UseEnvironment("Production");
    }
}
