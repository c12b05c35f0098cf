namespace DocGen.Conversion.Cost;

/// <summary>
/// What LibreOffice's time and memory for a document grow with: laid-out text, paragraphs, table rows and pictures
/// (counted where they are placed, so one picture repeated by a loop counts every time).
/// </summary>
internal sealed record DocumentCost(long Characters, long LongestParagraph, long Paragraphs, long TableRows, long Images);
