namespace DocGen.Templates.Scripting;

/// <summary>What a value tag writes, decided by the last function of its pipe when the template is compiled.</summary>
internal enum ValueOutput
{
    /// <summary>Runs of text; line breaks in the value become <c>w:br</c>.</summary>
    Text,

    /// <summary><c>| paragraphs</c>: each line its own paragraph.</summary>
    Paragraphs,

    /// <summary><c>| image</c>: a picture.</summary>
    Image,
}
