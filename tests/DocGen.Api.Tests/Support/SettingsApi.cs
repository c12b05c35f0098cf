using Microsoft.AspNetCore.Hosting;

namespace DocGen.Api.Tests.Support;

/// <summary>The demo service with extra configuration (limits, keys, origins, rate limits) for one test.</summary>
public class SettingsApi(params (string Key, string Value)[] settings) : DemoApi
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}
