using System.Text.Json;
using DocGen.Templates.Catalog;
using DocGen.Validation;

namespace DocGen.Templates.Extraction;

/// <summary>A filled form read back: its data in the form's JSON, the form's validation of it, and text the form has no place for.</summary>
public sealed record ExtractionResult(FormVersion Form, JsonElement Data, IReadOnlyList<DataError> Errors, IReadOnlyList<UnmatchedText> Unmatched);
