using DocGen.Conversion;

namespace DocGen.Filling.Batch;

/// <summary>
/// A batch converts its items one after another, so it holds at most one place in the pool's queue; when the
/// queue is full of single renders the batch waits its turn instead of failing the item.
/// </summary>
internal sealed class QueueWaitingPdfConverter(IPdfConverter pool) : IPdfConverter
{
    private const int MaxAttempts = 120;

    public PoolStatus Status => pool.Status;

    public async Task<PdfConversionResult> ConvertAsync(byte[] docx, PdfConversionOptions? options, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await pool.ConvertAsync(docx, options, cancellationToken);
            }
            catch (PdfQueueFullException e) when (attempt < MaxAttempts)
            {
                var wait = TimeSpan.FromMilliseconds(Math.Clamp(e.RetryAfter.TotalMilliseconds, 200, 5000));
                await Task.Delay(wait, cancellationToken);
            }
        }
    }

    // The pool belongs to whoever started it.
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
