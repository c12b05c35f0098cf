using System.Text.Json;
using DocGen.Validation;

namespace DocGen.Templates.Catalog;

/// <summary>
/// Data read and judged, ready to render: as it came, with what the form computes added, and every problem found.
/// Owns the parsed document the data lives in; dispose it once the document is made.
/// </summary>
public sealed class PreparedData : IDisposable
{
    private readonly JsonDocument? _document;

    internal PreparedData(JsonDocument? document, JsonElement data, JsonElement computed, string hash, FormDataProblem? unreadable, IReadOnlyList<DataError> errors)
    {
        _document = document;
        Data = data;
        Computed = computed;
        Hash = hash;
        Unreadable = unreadable;
        Errors = errors;
    }

    /// <summary>The data as it came (what download names and batch entry names are taken from).</summary>
    public JsonElement Data { get; }

    /// <summary>The data with the computed fields; what is rendered.</summary>
    public JsonElement Computed { get; }

    /// <summary>SHA-256 of the bytes read (<c>blank</c> for the blank form), carried in the document's properties.</summary>
    public string Hash { get; }

    /// <summary>Why the bytes are no form data; nothing else is then known.</summary>
    public FormDataProblem? Unreadable { get; }

    /// <summary>The rules the data breaks, computed totals that disagree included.</summary>
    public IReadOnlyList<DataError> Errors { get; }

    public bool Acceptable => Unreadable is null && Errors.Count == 0;

    public void Dispose() => _document?.Dispose();
}
