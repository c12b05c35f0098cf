namespace DocGen.Api.Forms;

/// <summary>One form with every served version, its notice, source and provenance.</summary>
/// <param name="Id">authority/form.</param>
/// <param name="Title">The official title (Chinese) in the latest version.</param>
/// <param name="Authority">The issuing authority's id.</param>
/// <param name="AuthorityName">The issuing authority's name (Chinese).</param>
/// <param name="Latest">The version used when a request names none.</param>
/// <param name="Versions">Every version served, oldest first.</param>
internal sealed record FormDetail(
    string Id,
    string Title,
    string Authority,
    string AuthorityName,
    string Latest,
    IReadOnlyList<FormVersionDetail> Versions);
