using System.Text.Json.Serialization;

namespace DocGen.Conversion.Bridge;

/// <summary>The JSON header sent before each DOCX; null metadata keeps what the DOCX core properties say.</summary>
internal sealed record BridgeRequestHeader(
    [property: JsonPropertyName("pdfA")] bool PdfA,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("subject")] string? Subject,
    [property: JsonPropertyName("keywords")] string? Keywords);
