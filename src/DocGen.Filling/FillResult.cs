using DocGen.Conversion;
using DocGen.Templates.Diagnostics;
using DocGen.Validation;

namespace DocGen.Filling;

/// <summary>What a fill made, or why it stopped and at which step.</summary>
public sealed record FillResult
{
    public required FillOutcome Outcome { get; init; }

    /// <summary>The document asked for, DOCX or PDF; only when <see cref="FillOutcome.Filled"/>.</summary>
    public byte[]? Document { get; init; }

    /// <summary>The rendered DOCX, kept also when its conversion failed or was not possible (the template check offers it).</summary>
    public byte[]? Docx { get; init; }

    /// <summary>The download name without extension, for catalog forms: the manifest's pattern over the data, or the blank form's name.</summary>
    public string? FileName { get; init; }

    public FormDataProblem? Unreadable { get; init; }

    public IReadOnlyList<DataError> Errors { get; init; } = [];

    public IReadOnlyList<Diagnostic> RenderProblems { get; init; } = [];

    public PdfConversionException? PdfFailure { get; init; }

    /// <summary>Fonts LibreOffice replaced in the PDF.</summary>
    public IReadOnlyList<FontSubstitution> FontSubstitutions { get; init; } = [];
}
