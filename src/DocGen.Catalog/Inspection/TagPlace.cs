namespace DocGen.Templates.Inspection;

/// <summary>One tag as written in a template, with where it is and the text around it in its paragraph.</summary>
/// <param name="Location">As diagnostics give it: <c>word/document.xml (table 1, row 3, cell 2, paragraph 1)</c>.</param>
/// <param name="Before">Up to a few words of the paragraph's text before the tag, as Word shows it.</param>
/// <param name="After">Up to a few words after it.</param>
public sealed record TagPlace(string Location, string Tag, string Before, string After);
