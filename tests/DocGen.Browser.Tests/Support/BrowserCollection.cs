namespace DocGen.Browser.Tests.Support;

/// <summary>The browser tests share one service and one browser and run one after another (two cores, one LibreOffice worker).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
