namespace DocGen.Filling;

public static class OutputFormatExtensions
{
    /// <summary><c>.docx</c> or <c>.pdf</c> (PDF/A is a PDF).</summary>
    public static string Extension(this OutputFormat format) => format == OutputFormat.Docx ? ".docx" : ".pdf";

    /// <summary><c>docx</c>, <c>pdf</c> or <c>pdfa</c>, as the format parameter and batch reports name it.</summary>
    public static string Name(this OutputFormat format) => format.ToString().ToLowerInvariant();
}
