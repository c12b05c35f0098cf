using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DocGen.Api.Tests.Support;

/// <summary>
/// The demo service with extra configuration on a real socket (Kestrel on a free 127.0.0.1 port), for what the in-memory
/// server cannot show: back-pressure on a request body, a client that hangs up halfway through sending one.
/// </summary>
public sealed class SocketApi : SettingsApi
{
    public SocketApi(params (string Key, string Value)[] settings) : base(settings) =>
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>Starts the server; the address it listens on.</summary>
    public IPEndPoint Start()
    {
        StartServer();
        var address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return new IPEndPoint(IPAddress.Loopback, address.Port);
    }
}
