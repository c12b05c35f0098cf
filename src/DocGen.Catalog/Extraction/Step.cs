namespace DocGen.Templates.Extraction;

/// <summary>One decision of an alignment: what a piece of the filled document was taken to be.</summary>
internal abstract record Step;
