using DocGen.Templates.Diagnostics;

namespace DocGen.Templates.Scripting;

/// <summary>Raised inside the tag parser only; the compiler turns it into a diagnostic with a location.</summary>
internal sealed class TagSyntaxException(DiagnosticKind kind, string message, string messageZh) : Exception(message)
{
    public DiagnosticKind Kind { get; } = kind;

    /// <summary>The message in Chinese, for the template check.</summary>
    public string MessageZh { get; } = messageZh;
}
