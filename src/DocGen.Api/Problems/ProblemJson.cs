using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace DocGen.Api.Problems;

internal static class ProblemJson
{
    /// <summary>Chinese stays readable in answers (no \uXXXX escapes).</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
    };
}
