namespace DocGen.Conversion;

/// <summary>
/// LibreOffice could not convert the document, its worker crashed, or the pool is shutting down.
/// <see cref="WorkerCrashed"/> distinguishes a server fault (retry may succeed) from a bad document.
/// </summary>
public sealed class PdfConversionFailedException : PdfConversionException
{
    public PdfConversionFailedException(string message, bool workerCrashed, Exception? inner = null)
        : base(message, inner)
    {
        WorkerCrashed = workerCrashed;
    }

    public bool WorkerCrashed { get; }
}
