namespace DocGen.Api.Contract;

/// <summary>Endpoint metadata: besides its JSON, the 200 answer can be text in <paramref name="MediaType"/> (e.g. a page), as a query parameter chooses.</summary>
internal sealed record TextAnswer(string MediaType);
