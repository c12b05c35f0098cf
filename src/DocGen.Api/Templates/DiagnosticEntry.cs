using DocGen.Templates.Diagnostics;

namespace DocGen.Api.Templates;

/// <summary>One code of the error catalog, as <c>GET /api/diagnostics</c> serves it.</summary>
/// <param name="Code">The stable code, e.g. <c>DG0201</c>.</param>
/// <param name="Severity"><c>error</c> or <c>warning</c>: how the code is usually reported.</param>
/// <param name="TitleZh">What the code means, in Chinese (the heading the template check shows).</param>
/// <param name="ExplanationEn">What the code means, in English.</param>
/// <param name="Hint">What to do about it (Chinese), when there is general advice.</param>
internal sealed record DiagnosticEntry(
    string Code,
    string Severity,
    string TitleZh,
    string ExplanationEn,
    string? Hint)
{
    public static DiagnosticEntry Of(DiagnosticKind kind) => new(kind.Code,
        kind.Severity == DiagnosticSeverity.Error ? "error" : "warning", kind.TitleZh, kind.ExplanationEn, kind.Hint);
}
