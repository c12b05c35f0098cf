using DocGen.Templates.Diagnostics;

namespace DocGen.Templates.Engine;

/// <summary>A rendered document, or the problems that kept it from being made (never a half-written document).</summary>
public sealed record RenderResult(byte[]? Document, IReadOnlyList<Diagnostic> Problems)
{
    public bool Succeeded => Document is not null;
}
