namespace DocGen.Api.Templates;

/// <summary>What the check page shows: where the schema and sample came from, every diagnostic, and the previews.</summary>
internal sealed record CheckReport(
    string Template,
    string? Schema,
    string? Sample,
    int Errors,
    int Warnings,
    IReadOnlyList<CheckDiagnostic> Diagnostics,
    IReadOnlyList<RenderPreview> Previews);

/// <param name="Code">The diagnostic's code (stable, e.g. <c>unknown-field</c>).</param>
/// <param name="Severity"><c>error</c> or <c>warning</c>.</param>
/// <param name="Location">As the engine writes it, e.g. <c>word/document.xml (table 1, row 3, cell 2, paragraph 1)</c>.</param>
/// <param name="Message">What is wrong (Chinese).</param>
/// <param name="Tag">The template tag concerned, if any.</param>
/// <param name="Text">The diagnostic as one line of text.</param>
internal sealed record CheckDiagnostic(string Code, string Severity, string Location, string Message, string? Tag, string Text);

/// <summary>One render of the candidate template (blank or sample), as documents and as page pictures.</summary>
/// <param name="Kind"><c>blank</c> or <c>sample</c>.</param>
/// <param name="Title">What the preview shows (Chinese).</param>
/// <param name="Docx">The rendered DOCX (base64 in JSON), if it could be made.</param>
/// <param name="Pdf">The converted PDF (base64 in JSON), if it could be made.</param>
/// <param name="Pages">PNG pictures of the first pages of the PDF (base64 in JSON).</param>
/// <param name="PageCount">Pages of the whole PDF; more than <c>Pages</c> when the preview stops early.</param>
/// <param name="Problem">Why a document or its pages are missing (Chinese), else null.</param>
internal sealed record RenderPreview(string Kind, string Title, byte[]? Docx, byte[]? Pdf, IReadOnlyList<byte[]> Pages, int PageCount, string? Problem);
