namespace DocGen.Templates.Diagnostics;

public enum DiagnosticSeverity
{
    Error,
    Warning,
}
