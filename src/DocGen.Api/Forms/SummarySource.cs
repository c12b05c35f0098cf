namespace DocGen.Api.Forms;

/// <summary>A form a summary table collects, and how a filled copy of it fills a row (form.yaml <c>summary:</c>).</summary>
/// <param name="Form">The collected form, <c>authority/form</c>.</param>
/// <param name="Rows">JSON pointer of the summary's array the rows go into.</param>
/// <param name="Each">The collected form's array giving one row per member, if any.</param>
/// <param name="Key">The row field whose equal values make one row, if any.</param>
/// <param name="Fields">Row field → the pointers into the collected form's data it is read from, the first one filled counting.</param>
/// <param name="Values">Row field → a fixed value.</param>
internal sealed record SummarySource(
    string Form,
    string Rows,
    string? Each,
    string? Key,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Fields,
    IReadOnlyDictionary<string, string> Values);
