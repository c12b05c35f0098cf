namespace DocGen.Templates.Extraction;

/// <summary>A validation problem of extracted data: JSON pointer, the field's Chinese label, the message.</summary>
public sealed record ExtractionError(string Pointer, string Field, string Message);
