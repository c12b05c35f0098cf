using DocGen.Api.Problems;

namespace DocGen.Api.Forms;

/// <summary>The document formats a form comes out in: editable DOCX, printable PDF, archival PDF/A-2b.</summary>
internal enum OutputFormat
{
    Docx,
    Pdf,
    PdfA,
}

internal static class OutputFormats
{
    public static (OutputFormat Format, IResult? Error) Parse(string? format) => format?.ToLowerInvariant() switch
    {
        null or "" or "docx" => (OutputFormat.Docx, null),
        "pdf" => (OutputFormat.Pdf, null),
        "pdfa" => (OutputFormat.PdfA, null),
        _ => (OutputFormat.Docx, Problem.BadParameter("format", $"format 应为 docx、pdf 或 pdfa（当前“{format}”）")),
    };

    public static string Extension(this OutputFormat format) => format == OutputFormat.Docx ? ".docx" : ".pdf";

    public static string ContentType(this OutputFormat format) =>
        format == OutputFormat.Docx ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/pdf";
}
