using Microsoft.AspNetCore.Hosting;

namespace DocGen.Api.Tests.Support;

/// <summary>The demo service with a real one-worker LibreOffice pool and one place in the queue, so a third concurrent PDF is refused at once.</summary>
public sealed class PdfDemoApi : DemoApi
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Pdf:Enabled", "true");
        builder.UseSetting("Pdf:Workers", "1");
        builder.UseSetting("Pdf:QueueCapacity", "1");
    }
}
