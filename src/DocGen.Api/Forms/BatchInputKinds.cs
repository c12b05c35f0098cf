using DocGen.Filling.Batch;
using Microsoft.Net.Http.Headers;

namespace DocGen.Api.Forms;

/// <summary>The batch layout a request's Content-Type announces.</summary>
internal static class BatchInputKinds
{
    private static readonly HashSet<string> LineTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines",
    };

    /// <summary>The layout, or null when the type is neither JSON nor JSON Lines. No type at all: decided by the first character.</summary>
    public static BatchInputKind? FromContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return BatchInputKind.Sniff;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)) return null;
        var media = parsed.MediaType.Value ?? "";
        if (LineTypes.Contains(media)) return BatchInputKind.Lines;
        if (string.Equals(media, "application/json", StringComparison.OrdinalIgnoreCase)) return BatchInputKind.Array;
        return null;
    }
}
