namespace DocGen.Conversion;

/// <summary>
/// The worker grew past <see cref="LibreOfficePoolOptions.MaxWorkerMemoryMb"/> during the job: the job was stopped
/// and the worker is being replaced. Answer 503 with <c>Retry-After</c>.
/// </summary>
public sealed class PdfWorkerMemoryExceededException : PdfConversionException
{
    public PdfWorkerMemoryExceededException(long memoryMb, int limitMb, TimeSpan retryAfter)
        : base($"The PDF worker reached {memoryMb} MiB during the conversion, over its limit of {limitMb} MiB; the job was stopped and the worker replaced.")
    {
        MemoryMb = memoryMb;
        LimitMb = limitMb;
        RetryAfter = retryAfter;
    }

    public long MemoryMb { get; }

    public int LimitMb { get; }

    public TimeSpan RetryAfter { get; }
}
