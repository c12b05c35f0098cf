namespace DocGen.Api.Contract;

/// <summary>Endpoint metadata: the named headers (see <see cref="ContractHeaders"/>) an answer with <paramref name="Status"/> carries.</summary>
internal sealed record ResponseHeaders(int Status, IReadOnlyList<string> Names);
