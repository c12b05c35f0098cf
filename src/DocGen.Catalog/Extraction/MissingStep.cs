namespace DocGen.Templates.Extraction;

/// <summary>A paragraph, table, row or cell of the form that the document does not have (deleted, or never there).</summary>
internal sealed record MissingStep : Step;
