namespace DocGen.Api.Templates;

/// <summary>What the check page shows: what the template was checked against, every diagnostic, and the previews.</summary>
/// <param name="Comparison">What the template was compared with, and so why <paramref name="Form"/> is (not) given.</param>
/// <param name="Form">The catalog form version the template was checked against (chosen or recognised), else null.</param>
/// <param name="Tags">Every tag of the template, listed when there was no data structure to check them against; else empty.</param>
internal sealed record CheckReport(
    string Template,
    CheckComparison Comparison,
    CheckedForm? Form,
    string? Schema,
    string? Sample,
    int Errors,
    int Warnings,
    IReadOnlyList<CheckDiagnostic> Diagnostics,
    IReadOnlyList<TemplateTag> Tags,
    IReadOnlyList<RenderPreview> Previews);

/// <param name="Recognized">True when the form was recognised by the template's fixed text rather than chosen.</param>
/// <param name="Similarity">The share (0–1) of the form's fixed text the template shows, when recognised.</param>
internal sealed record CheckedForm(string Id, string Version, string Title, string AuthorityName, bool Recognized, double? Similarity);

/// <param name="Code">The diagnostic's code (stable, e.g. <c>DG0201</c>).</param>
/// <param name="Severity"><c>error</c> or <c>warning</c>.</param>
/// <param name="Location">As the engine writes it, e.g. <c>word/document.xml (table 1, row 3, cell 2, paragraph 1)</c>.</param>
/// <param name="Where">Where an official finds it in Word (Chinese): page, table, row and cell, e.g. <c>第2页 第1个表格 第3行 第2格</c>.</param>
/// <param name="Context">The tag with the text around it in its paragraph, to search for in Word.</param>
/// <param name="Title">What the code means, in Chinese (the error catalog's title, <c>GET /api/diagnostics</c>).</param>
/// <param name="MessageZh">This occurrence in Chinese, e.g. <c>「applicant」没有字段「nmae」，是否想写「name」？</c>.</param>
/// <param name="Hint">What to do about this code (Chinese), when the catalog has general advice.</param>
/// <param name="Message">The engine's detail about this occurrence, in English.</param>
/// <param name="Tag">The template tag concerned, if any.</param>
/// <param name="Text">The diagnostic as one line of text.</param>
internal sealed record CheckDiagnostic(string Code, string Severity, string Title, string MessageZh, string? Hint, string Location, string Where, string? Context, string Message, string? Tag, string Text);

/// <summary>One tag of the template with where it is.</summary>
internal sealed record TemplateTag(string Tag, string Where, string Context);

/// <summary>One render of the candidate template (blank or sample), as documents and as page pictures.</summary>
/// <param name="Kind"><c>blank</c> or <c>sample</c>.</param>
/// <param name="Title">What the preview shows (Chinese).</param>
/// <param name="Docx">The rendered DOCX (base64 in JSON), if it could be made.</param>
/// <param name="Pdf">The converted PDF (base64 in JSON), if it could be made.</param>
/// <param name="Pages">PNG pictures of the first pages of the PDF (base64 in JSON).</param>
/// <param name="PageCount">Pages of the whole PDF; more than <c>Pages</c> when the preview stops early.</param>
/// <param name="Problem">Why a document or its pages are missing (Chinese), else null.</param>
internal sealed record RenderPreview(string Kind, string Title, byte[]? Docx, byte[]? Pdf, IReadOnlyList<byte[]> Pages, int PageCount, string? Problem)
{
    /// <summary>How the preview can differ from the catalog's documents (Chinese), e.g. constants left empty; else null.</summary>
    public string? Note { get; init; }
}
