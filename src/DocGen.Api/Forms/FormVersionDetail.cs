namespace DocGen.Api.Forms;

/// <summary>One template version of a form: the notice it belongs to and where its layout comes from.</summary>
/// <param name="Version">The version id (usually the notice's year).</param>
/// <param name="Title">The official title (Chinese).</param>
/// <param name="Notice">The notice that published this version.</param>
/// <param name="Attachment">The notice's attachment this form is (e.g. 附件1).</param>
/// <param name="Source">Where in the notice's text the form is.</param>
/// <param name="Provenance"><c>official</c> or <c>reconstructed</c>.</param>
/// <param name="Basis">For a reconstructed version: what it was laid out from.</param>
/// <param name="Confidence">For a reconstructed version: <c>national-copy</c> (text of a national copy of the format), <c>provincial-copy</c> (stands on a province's copy) or <c>synthetic</c> (built from the notice's requirements alone); null for an official one.</param>
/// <param name="Consulted">The copies a reconstruction was compared with, and what each gave.</param>
/// <param name="BasedOn">The version this one derives from (authority/form@version), if any.</param>
/// <param name="Computations">Fields the service computes (totals, scores).</param>
/// <param name="Samples">Names of the sample data sets.</param>
/// <param name="Warnings">Template warnings that do not stop the version from being served.</param>
/// <param name="Summary">For a summary table: the forms it collects and how each fills a row (<c>POST …/summary</c>); null for other forms.</param>
internal sealed record FormVersionDetail(
    string Version,
    string Title,
    NoticeReference Notice,
    string Attachment,
    SourceReference Source,
    string Provenance,
    string Basis,
    string? Confidence,
    IReadOnlyList<ConsultedCopy> Consulted,
    string? BasedOn,
    IReadOnlyList<ComputedField> Computations,
    IReadOnlyList<string> Samples,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<SummarySource>? Summary);
