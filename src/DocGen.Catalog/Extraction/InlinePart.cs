namespace DocGen.Templates.Extraction;

/// <summary>A piece of a paragraph of the form: fixed text, a slot, or an inline loop or condition.</summary>
internal abstract record InlinePart;
