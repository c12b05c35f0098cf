namespace DocGen.Templates.Extraction;

/// <summary>A block of the document where the form has nothing: reported, never dropped silently.</summary>
internal sealed record UnmatchedStep(DocNode Node) : Step;
