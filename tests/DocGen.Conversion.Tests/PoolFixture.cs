namespace DocGen.Conversion.Tests;

/// <summary>One warm pool shared by the conversion tests (starting LibreOffice is the slow part).</summary>
public sealed class PoolFixture : IAsyncLifetime
{
    private LibreOfficePool? _pool;

    public LibreOfficePool Pool => _pool ?? throw new InvalidOperationException("The pool is not started.");

    public async Task InitializeAsync() => _pool = await TestPools.StartAsync(workers: 1);

    public async Task DisposeAsync()
    {
        if (_pool is not null)
        {
            await _pool.DisposeAsync();
        }
    }
}
