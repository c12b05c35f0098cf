namespace DocGen.Api.Contract;

/// <summary>Endpoint metadata: the values query parameter <paramref name="Name"/> takes on this endpoint (the first is the default).</summary>
internal sealed record QueryValues(string Name, IReadOnlyList<string> Values);
