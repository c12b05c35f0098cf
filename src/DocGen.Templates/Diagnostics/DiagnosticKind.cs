namespace DocGen.Templates.Diagnostics;

/// <summary>
/// One entry of the error catalog: a stable code, its usual severity, what it means in Chinese (for officials) and
/// in English (for integrators), and what to do about it. The only way to make a <see cref="Diagnostic"/>.
/// </summary>
public sealed class DiagnosticKind
{
    internal DiagnosticKind(string code, DiagnosticSeverity severity, string titleZh, string explanationEn, string? hint = null)
    {
        Code = code;
        Severity = severity;
        TitleZh = titleZh;
        ExplanationEn = explanationEn;
        Hint = hint;
    }

    public string Code { get; }

    public DiagnosticSeverity Severity { get; }

    /// <summary>The heading a report shows, in Chinese.</summary>
    public string TitleZh { get; }

    /// <summary>What the code means, in English.</summary>
    public string ExplanationEn { get; }

    /// <summary>What to do about it (Chinese), when there is something general to say.</summary>
    public string? Hint { get; }

    /// <summary>
    /// A diagnostic of this kind. <paramref name="messageZh"/> says the same as <paramref name="message"/> in
    /// Chinese; without it the Chinese title stands for the message. <paramref name="severity"/> overrides the
    /// kind's usual one where a rule only warns.
    /// </summary>
    public Diagnostic Create(string location, string message, string? tag = null, string? messageZh = null, DiagnosticSeverity? severity = null) =>
        new(this, severity ?? Severity, location, message, messageZh ?? TitleZh, tag);
}
