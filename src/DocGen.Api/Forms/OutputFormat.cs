using DocGen.Api.Problems;

namespace DocGen.Api.Forms;

internal static class OutputFormat
{
    public static IResult? Check(string? format) => format?.ToLowerInvariant() switch
    {
        null or "" or "docx" => null,
        _ => Problem.BadParameter("format", $"format 应为 docx（当前“{format}”）"),
    };
}
