using DocGen.Templates.Extraction;

namespace DocGen.Templates.Summaries;

/// <summary>
/// <c>report.json</c> of a summary: the summary form, how many files were sent and used, the rows of each list, every
/// file's outcome, and the summary's own validation (draft rules) of the table it filled.
/// </summary>
/// <param name="Rows">Rows filled per list of the summary, by JSON pointer (<c>/factories</c>).</param>
/// <param name="Skipped">Files past the limit of one request, neither read nor listed.</param>
public sealed record SummaryReport(string Form, string Version, int Files, int Mapped, int Skipped, IReadOnlyDictionary<string, int> Rows,
    IReadOnlyList<SummaryFile> Results, IReadOnlyList<ExtractionError> Errors);
