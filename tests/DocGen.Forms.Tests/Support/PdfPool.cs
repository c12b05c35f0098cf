using DocGen.Conversion;

namespace DocGen.Forms.Tests.Support;

/// <summary>One warm LibreOffice pool shared by the PDF tests of every form.</summary>
public sealed class PdfPool : IAsyncLifetime
{
    public LibreOfficePool Pool { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Pool = LibreOfficePool.Start(new LibreOfficePoolOptions { Workers = 2, QueueCapacity = 64, JobTimeout = TimeSpan.FromSeconds(120) });
        await Pool.WaitUntilReadyAsync();
    }

    public async Task DisposeAsync() => await Pool.DisposeAsync();
}
