namespace DocGen.Api.Forms;

/// <summary>One form of the catalog, as listed by <c>GET /api/forms</c>.</summary>
/// <param name="Id">authority/form, e.g. <c>henan/annual-review-factory</c>.</param>
/// <param name="Title">The form's official title (Chinese) in its latest version.</param>
/// <param name="Authority">The issuing authority's id (<c>miit</c>, <c>henan</c>, …).</param>
/// <param name="AuthorityName">The issuing authority's name (Chinese).</param>
/// <param name="Versions">Every version served, oldest first.</param>
/// <param name="Latest">The version used when a request names none.</param>
/// <param name="Provenance"><c>official</c> (the notice's attachment) or <c>reconstructed</c> (laid out from a basis).</param>
/// <param name="Confidence">For a reconstructed form: <c>national-copy</c>, <c>provincial-copy</c> or <c>synthetic</c>; null for an official one.</param>
/// <param name="Notice">Title of the notice the latest version belongs to.</param>
internal sealed record FormSummary(
    string Id,
    string Title,
    string Authority,
    string AuthorityName,
    IReadOnlyList<string> Versions,
    string Latest,
    string Provenance,
    string? Confidence,
    string Notice);
