namespace DocGen.Conversion;

/// <summary>Converts filled DOCX forms to PDF. Hosted as a singleton; disposing it stops every worker.</summary>
public interface IPdfConverter : IAsyncDisposable
{
    /// <summary>
    /// Converts one DOCX to PDF. Waits in the bounded queue when every worker is busy.
    /// </summary>
    /// <exception cref="PdfDocumentTooLargeException">The document is over a size limit; refused before it is queued.</exception>
    /// <exception cref="PdfQueueFullException">The queue is full; answer 503 with <c>Retry-After</c>.</exception>
    /// <exception cref="PdfWorkerMemoryExceededException">The worker outgrew its memory limit during the job; it was replaced.</exception>
    /// <exception cref="PdfConversionTimeoutException">The job exceeded its timeout; its worker was replaced.</exception>
    /// <exception cref="PdfConversionFailedException">LibreOffice rejected the document or its worker crashed.</exception>
    /// <exception cref="OperationCanceledException">The caller gave up; a queued job gives its place back, a running one's worker is killed and replaced.</exception>
    Task<PdfConversionResult> ConvertAsync(byte[] docx, PdfConversionOptions? options, CancellationToken cancellationToken);

    /// <summary>A snapshot for readiness checks and logs.</summary>
    PoolStatus Status { get; }
}
