namespace DocGen.Templates.Extraction;

/// <summary>A block of a filled document as extraction sees it: a paragraph, or a table, row or cell holding blocks.</summary>
internal abstract class DocNode(string location)
{
    /// <summary>Where a person finds it in Word: "table 2, row 5, cell 1, paragraph 2" or "paragraph 12".</summary>
    public string Location { get; } = location;
}
