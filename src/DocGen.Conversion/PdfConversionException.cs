namespace DocGen.Conversion;

/// <summary>Base of the conversion failures the API maps to problem+json.</summary>
public abstract class PdfConversionException : Exception
{
    protected PdfConversionException(string message, Exception? inner = null) : base(message, inner) { }
}
