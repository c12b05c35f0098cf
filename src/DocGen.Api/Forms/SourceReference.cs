namespace DocGen.Api.Forms;

/// <summary>Where the form's text is in the notice it was taken from.</summary>
/// <param name="File">The notice's text in the repository (notices/&lt;authority&gt;/…).</param>
/// <param name="Lines">The line range of the form in that file.</param>
internal sealed record SourceReference(string File, string Lines);
