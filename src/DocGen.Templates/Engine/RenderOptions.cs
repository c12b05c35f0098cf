using System.Text.Json;

namespace DocGen.Templates.Engine;

public sealed record RenderOptions
{
    /// <summary>The template version's constants, read by tags as <c>form.…</c> (years of the notice, issuer).</summary>
    public JsonElement Constants { get; init; }

    /// <summary>Properties to write into docProps/core.xml; null keeps the template's own.</summary>
    public DocumentProperties? Properties { get; init; }
}
