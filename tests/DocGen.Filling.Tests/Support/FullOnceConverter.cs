using DocGen.Conversion;

namespace DocGen.Filling.Tests.Support;

/// <summary>A pool whose queue is full at the first attempt and has room at the next.</summary>
internal sealed class FullOnceConverter : IPdfConverter
{
    public int Attempts { get; private set; }

    public PoolStatus Status => throw new NotSupportedException();

    public Task<PdfConversionResult> ConvertAsync(byte[] docx, PdfConversionOptions? options, CancellationToken cancellationToken)
    {
        if (Attempts++ == 0) throw new PdfQueueFullException(1, TimeSpan.FromMilliseconds(10));
        return Task.FromResult(new PdfConversionResult(RecordingConverter.Pdf, [], 0, TimeSpan.Zero, TimeSpan.Zero));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
