using DocGen.Templates.Catalog;

namespace DocGen.Templates.Extraction;

/// <summary>A form version and the share (0–1) of its fixed text found in a document.</summary>
public sealed record RecognitionCandidate(FormVersion Form, double Score);
