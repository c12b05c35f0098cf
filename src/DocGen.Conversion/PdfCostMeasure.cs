namespace DocGen.Conversion;

/// <summary>The figure of a document that <see cref="PdfDocumentTooLargeException"/> found over its limit.</summary>
public enum PdfCostMeasure
{
    /// <summary>Characters of text in the whole document.</summary>
    Characters,

    /// <summary>Characters of the longest paragraph (line breaks inside a paragraph do not end it).</summary>
    ParagraphCharacters,

    /// <summary>Paragraphs, table cells' included.</summary>
    Paragraphs,

    /// <summary>Table rows.</summary>
    TableRows,

    /// <summary>Placed pictures.</summary>
    Images,
}
