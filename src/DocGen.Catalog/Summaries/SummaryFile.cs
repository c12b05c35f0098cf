namespace DocGen.Templates.Summaries;

/// <summary>
/// One file (or JSON item) of a summary request in <c>report.json</c>: what it was recognised as, the rows it went
/// to, and what it did not give.
/// </summary>
/// <param name="Index">Its position among the files sent, from 0.</param>
/// <param name="Name">The file's name in the archive or folder; null for a JSON item.</param>
/// <param name="Recognition">The share of the form's fixed text found in the document, for a Word file.</param>
/// <param name="Missing">Row fields the mapping reads from this form that the file left empty.</param>
/// <param name="Conflicts">Row fields another file of the same row had already filled differently.</param>
/// <param name="Message">Why the file was not used, for every status but mapped.</param>
public sealed record SummaryFile(int Index, string? Name, SummaryFileStatus Status, string? Form, string? Version, double? Recognition,
    IReadOnlyList<SummaryRow> Rows, IReadOnlyList<SummaryGap> Missing, IReadOnlyList<SummaryConflict> Conflicts, string? Message);
