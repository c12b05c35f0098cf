namespace DocGen.Authoring;

/// <summary>The outcome of compiling a form source.</summary>
/// <param name="Docx">The template's bytes; <c>null</c> when there is any error.</param>
/// <param name="Errors">Every problem found in the source, in line order.</param>
public sealed record AuthoringResult(byte[]? Docx, IReadOnlyList<AuthoringError> Errors);
