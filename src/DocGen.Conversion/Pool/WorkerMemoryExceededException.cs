namespace DocGen.Conversion.Pool;

/// <summary>A worker grew past its memory limit during a job and was killed; the pool turns it into <see cref="PdfWorkerMemoryExceededException"/>.</summary>
internal sealed class WorkerMemoryExceededException(long memoryMb) : Exception($"The worker reached {memoryMb} MiB during the job.")
{
    public long MemoryMb { get; } = memoryMb;
}
