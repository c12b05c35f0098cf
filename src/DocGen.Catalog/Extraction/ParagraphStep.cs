using System.Text.RegularExpressions;

namespace DocGen.Templates.Extraction;

/// <summary>
/// A paragraph of the form found in the document. <see cref="Match"/> holds the slots' captures; a paragraph
/// that is one value alone has its text in <see cref="LoneText"/> instead.
/// </summary>
internal sealed record ParagraphStep(ParagraphPattern Pattern, DocParagraph Paragraph, Match? Match, string? LoneText) : Step;
