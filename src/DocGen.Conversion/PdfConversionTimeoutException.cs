namespace DocGen.Conversion;

/// <summary>The conversion ran longer than its timeout; the worker was killed and is being replaced.</summary>
public sealed class PdfConversionTimeoutException : PdfConversionException
{
    public PdfConversionTimeoutException(TimeSpan timeout)
        : base($"PDF conversion exceeded its timeout of {timeout.TotalSeconds:0.###} s; the worker was replaced.")
    {
        Timeout = timeout;
    }

    public TimeSpan Timeout { get; }
}
