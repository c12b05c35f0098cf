using DocGen.Api.Problems;

namespace DocGen.Api.Forms;

internal static class OutputFormats
{
    public static (OutputFormat Format, IResult? Error) Parse(string? format) => format?.ToLowerInvariant() switch
    {
        null or "" or "docx" => (OutputFormat.Docx, null),
        "pdf" => (OutputFormat.Pdf, null),
        "pdfa" => (OutputFormat.PdfA, null),
        _ => (OutputFormat.Docx, Problem.BadParameter("format", $"format 应为 docx、pdf 或 pdfa（当前“{format}”）")),
    };

    public static string ContentType(this OutputFormat format) =>
        format == OutputFormat.Docx ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/pdf";
}
