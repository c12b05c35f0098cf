namespace DocGen.Templates.Extraction;

/// <summary>Text found in a filled document where the form has no field, e.g. a paragraph or row a person added.</summary>
public sealed record UnmatchedText(string Location, string Text);
