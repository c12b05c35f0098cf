using DocGen.Templates.Diagnostics;

namespace DocGen.Templates.Engine;

/// <summary>The outcome of compiling a template: the template when it has no errors, and every diagnostic found.</summary>
public sealed record TemplateCompilation(DocxTemplate? Template, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Template is not null;

    /// <summary>What did compile, even with errors elsewhere, so lint can still report every field problem in one pass.</summary>
    internal DocxTemplate? PartialTemplate { get; init; }
}
