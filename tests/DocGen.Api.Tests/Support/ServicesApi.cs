using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DocGen.Api.Tests.Support;

/// <summary>The demo service with some of its services replaced for one test (a part that fails, for instance).</summary>
public sealed class ServicesApi(Action<IServiceCollection> replace) : DemoApi
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(replace);
    }
}
