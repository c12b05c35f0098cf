using DocGen.Conversion;
using DocGen.Templates.Packaging;

namespace DocGen.Filling;

/// <summary>
/// The way to LibreOffice for the service and the command line alike: every document loses its external references (linked pictures and objects,
/// fields that fetch, imported chunks) before a worker sees it, so no upload or data can make the server fetch a URL
/// or embed one of its own files. Templates with such references are already refused; this covers what is converted
/// without being a compiled template, such as the uploaded template itself laid out to find its pages.
/// </summary>
public sealed class ContainedPdfConverter(IPdfConverter pool) : IPdfConverter
{
    public PoolStatus Status => pool.Status;

    public Task<PdfConversionResult> ConvertAsync(byte[] docx, PdfConversionOptions? options, CancellationToken cancellationToken)
    {
        byte[] contained;
        try
        {
            contained = ExternalReferences.Strip(docx);
        }
        catch (InvalidDataException e)
        {
            throw new PdfConversionFailedException($"the document is not converted: {e.Message}", workerCrashed: false, e);
        }
        return pool.ConvertAsync(contained, options, cancellationToken);
    }

    // The pool belongs to whoever started it, who stops it.
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
