namespace DocGen.Browser.Tests.Support;

/// <summary>A second service that requires an API key (Access:ApiKeys), for the pages' key question.</summary>
public sealed class ProtectedServer : IAsyncLifetime
{
    public const string Key = "page-test-key-7f3a";

    public DocGenServer Server { get; } = new(apiKey: Key);

    public Task InitializeAsync()
    {
        Server.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
