namespace DocGen.Conversion;

/// <summary>
/// Thrown before the document is queued: it is bigger than the pool converts (see
/// <see cref="LibreOfficePoolOptions.MaxTableRows"/> and its neighbours), so no worker is spent on it. The same
/// document as DOCX is fine; answer 422 and point to it.
/// </summary>
public sealed class PdfDocumentTooLargeException : PdfConversionException
{
    public PdfDocumentTooLargeException(PdfCostMeasure measure, long found, long limit)
        : base($"The document is too large to convert to PDF: {measure} {found} over the limit of {limit}.")
    {
        Measure = measure;
        Found = found;
        Limit = limit;
    }

    public PdfCostMeasure Measure { get; }

    /// <summary>How much of it the document has.</summary>
    public long Found { get; }

    public long Limit { get; }
}
