using DocGen.Conversion;

namespace DocGen.Api.Hosting;

/// <summary>
/// Owns the LibreOffice pool for the service's lifetime: workers start with the host (so the first PDF is
/// warm) and are all stopped when it shuts down, leaving no soffice process behind.
/// </summary>
internal sealed class PdfPoolHost(IConfiguration configuration, ILoggerFactory loggers) : IHostedService, IAsyncDisposable
{
    private LibreOfficePool? _pool;

    /// <summary>False when configuration turns PDF off (<c>Pdf:Enabled=false</c>); PDF requests then get 503.</summary>
    public bool Enabled => configuration.GetValue("Pdf:Enabled", true);

    /// <summary>The pool; what it converts has no external references left (see <see cref="LibreOfficePool"/>).</summary>
    public IPdfConverter? Converter => _pool;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!Enabled) return Task.CompletedTask;
        var options = new LibreOfficePoolOptions();
        configuration.GetSection("Pdf").Bind(options);
        _pool = LibreOfficePool.Start(options, loggers.CreateLogger("DocGen.Pdf"));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        var pool = Interlocked.Exchange(ref _pool, null);
        if (pool is not null) await pool.DisposeAsync();
    }
}
