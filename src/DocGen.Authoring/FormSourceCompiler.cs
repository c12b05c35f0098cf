using DocGen.Authoring.Parsing;
using DocGen.Authoring.Writing;

namespace DocGen.Authoring;

/// <summary>
/// Compiles a form source (docs/authoring.md) into a printable A4 official form: a template.docx whose
/// bytes depend on the source alone, so a committed template can be checked against its source.
/// </summary>
public static class FormSourceCompiler
{
    /// <summary>Compiles <paramref name="sourceText"/>; reports every error at once instead of throwing.</summary>
    public static AuthoringResult Compile(string sourceText)
    {
        ArgumentNullException.ThrowIfNull(sourceText);
        var (source, errors) = SourceParser.Parse(sourceText);
        if (errors.Count > 0)
        {
            return new AuthoringResult(null, errors);
        }

        return new AuthoringResult(DocxWriter.Write(source), []);
    }
}
