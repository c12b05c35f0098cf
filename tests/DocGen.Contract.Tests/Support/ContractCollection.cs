namespace DocGen.Contract.Tests.Support;

/// <summary>One running service for every contract test.</summary>
[CollectionDefinition(Name)]
public sealed class ContractCollection : ICollectionFixture<ContractServer>
{
    public const string Name = "contract";
}
