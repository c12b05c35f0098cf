using DocGen.Conversion;

namespace DocGen.Filling.Tests.Support;

/// <summary>A converter that makes no PDF but remembers what it was asked, or fails as it is told to.</summary>
internal sealed class RecordingConverter(PdfConversionException? failure = null) : IPdfConverter
{
    public static readonly byte[] Pdf = "%PDF-1.6 recorded"u8.ToArray();

    public List<PdfConversionOptions> Calls { get; } = [];

    public PoolStatus Status => throw new NotSupportedException();

    public Task<PdfConversionResult> ConvertAsync(byte[] docx, PdfConversionOptions? options, CancellationToken cancellationToken)
    {
        Calls.Add(options!);
        if (failure is not null) throw failure;
        return Task.FromResult(new PdfConversionResult(Pdf, [], 0, TimeSpan.Zero, TimeSpan.Zero));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
