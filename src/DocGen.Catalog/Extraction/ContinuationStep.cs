namespace DocGen.Templates.Extraction;

/// <summary>A paragraph that continues the value the previous paragraph ended with (a value of several paragraphs).</summary>
internal sealed record ContinuationStep(DocParagraph Paragraph) : Step;
