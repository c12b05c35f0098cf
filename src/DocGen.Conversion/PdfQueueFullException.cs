namespace DocGen.Conversion;

/// <summary>Thrown at once when the queue is full: answer 503 with Retry-After (whole seconds, at least 1).</summary>
public sealed class PdfQueueFullException : PdfConversionException
{
    public PdfQueueFullException(int queueCapacity, TimeSpan retryAfter)
        : base($"The PDF queue is full ({queueCapacity} waiting); retry after {retryAfter.TotalSeconds:0} s.")
    {
        QueueCapacity = queueCapacity;
        RetryAfter = retryAfter;
    }

    public int QueueCapacity { get; }

    public TimeSpan RetryAfter { get; }
}
