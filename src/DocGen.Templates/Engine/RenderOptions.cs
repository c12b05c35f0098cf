using System.Text.Json;

namespace DocGen.Templates.Engine;

public sealed record RenderOptions
{
    /// <summary>The template version's constants, read by tags as <c>form.…</c> (years of the notice, issuer).</summary>
    public JsonElement Constants { get; init; }

    /// <summary>Properties to write into docProps/core.xml; null keeps the template's own.</summary>
    public DocumentProperties? Properties { get; init; }

    /// <summary>
    /// The most XML text and picture bytes one render may produce, all parts together; a render that would go
    /// beyond it fails with DG0111 instead. The default is a hundred times the largest official form.
    /// </summary>
    public long MaxOutputCharacters { get; init; } = 64L * 1024 * 1024;

    /// <summary>The longest one render may take; beyond it the render fails with DG0111.</summary>
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Stops the render (with <see cref="OperationCanceledException"/>) when the caller no longer wants it.</summary>
    public CancellationToken Cancellation { get; init; }
}
