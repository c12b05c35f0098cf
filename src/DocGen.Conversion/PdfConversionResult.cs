namespace DocGen.Conversion;

/// <summary>The PDF and what the service may log or return alongside it.</summary>
public sealed record PdfConversionResult(
    byte[] Pdf,
    IReadOnlyList<FontSubstitution> FontSubstitutions,
    int WorkerSlot,
    TimeSpan QueueTime,
    TimeSpan ConversionTime);
