namespace DocGen.Api.Contract;

/// <summary>Endpoint metadata: the 200 answer is a file (bytes) in one of <paramref name="MediaTypes"/>.</summary>
internal sealed record BinaryAnswer(IReadOnlyList<string> MediaTypes);
