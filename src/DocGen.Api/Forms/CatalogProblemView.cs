namespace DocGen.Api.Forms;

/// <summary>A template version that failed to load and is not served.</summary>
/// <param name="Key">authority/form@version.</param>
/// <param name="Diagnostics">Every reason, with its location.</param>
internal sealed record CatalogProblemView(string Key, IReadOnlyList<string> Diagnostics);
