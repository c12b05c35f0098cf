using System.Text.Json;

namespace DocGen.Templates.Extraction;

/// <summary>
/// An extraction as the API answers it and the CLI prints it: the form and version, how surely the document was
/// recognised (when it was), the data, the form's validation of it, and the text it has no field for.
/// </summary>
public sealed record ExtractionReport(string Form, string Version, double? Recognition, JsonElement Data,
    IReadOnlyList<ExtractionError> Errors, IReadOnlyList<UnmatchedText> Unmatched)
{
    public static ExtractionReport From(ExtractionResult result, double? recognition = null) => new(
        result.Form.Id, result.Form.Version, recognition is { } r ? Math.Round(r, 3) : null, result.Data,
        result.Errors.Select(e => new ExtractionError(e.Pointer, e.Label, e.Message)).ToList(), result.Unmatched);
}
