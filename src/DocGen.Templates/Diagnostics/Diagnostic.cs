namespace DocGen.Templates.Diagnostics;

/// <summary>
/// One problem found in a template, a manifest or a schema. Diagnostics are collected, never thrown, so a
/// reviewer sees every problem of a template version at once.
/// </summary>
/// <param name="Code">Stable code (DG0101…), documented in docs/template-language.md.</param>
/// <param name="Location">Where: a part and a position such as <c>word/document.xml (table 3, row 5, cell 2, paragraph 1)</c>.</param>
/// <param name="Tag">The tag text as written, when the problem is about a tag.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Location, string Message, string? Tag = null)
{
    /// <summary>Which template version the problem belongs to (<c>authority/form@version</c>), when known.</summary>
    public string? Source { get; init; }

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString()
    {
        var where = Source is null ? Location : $"{Source} {Location}";
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var tag = Tag is null ? "" : $" \"{Tag}\"";
        return $"{where}: {severity} {Code}: {Message}{tag}";
    }
}
