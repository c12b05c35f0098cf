namespace DocGen.Templates.Diagnostics;

/// <summary>
/// One problem found in a template, a manifest or a schema. Diagnostics are collected, never thrown, so a
/// reviewer sees every problem of a template version at once. Made only by <see cref="DiagnosticKind.Create"/>,
/// so every code has its entry in <see cref="DiagnosticCatalog"/>.
/// </summary>
public sealed record Diagnostic
{
    internal Diagnostic(DiagnosticKind kind, DiagnosticSeverity severity, string location, string message, string messageZh, string? tag)
    {
        Code = kind.Code;
        Severity = severity;
        Location = location;
        Message = message;
        MessageZh = messageZh;
        Tag = tag;
    }

    /// <summary>Stable code (DG0101…), an entry of <see cref="DiagnosticCatalog"/>.</summary>
    public string Code { get; }

    public DiagnosticSeverity Severity { get; }

    /// <summary>Where: a part and a position such as <c>word/document.xml (table 3, row 5, cell 2, paragraph 1)</c>.</summary>
    public string Location { get; }

    /// <summary>The detail of this occurrence, in English (the command line's and the log's language).</summary>
    public string Message { get; }

    /// <summary>The same in Chinese for the people who publish templates; the code's title when no closer wording exists.</summary>
    public string MessageZh { get; }

    /// <summary>The tag text as written, when the problem is about a tag.</summary>
    public string? Tag { get; }

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
