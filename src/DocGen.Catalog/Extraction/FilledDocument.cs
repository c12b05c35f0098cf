using System.Xml;
using DocGen.Templates.Packaging;

namespace DocGen.Templates.Extraction;

/// <summary>A filled Word form as uploaded, read once and then recognised or extracted against any form.</summary>
public sealed class FilledDocument
{
    private FilledDocument(DocContainer body)
    {
        Body = body;
        Paragraphs = Flatten(body).ToList();
        Text = string.Concat(Paragraphs.Select(p => p.Compact));
        ParagraphTexts = Paragraphs.Select(p => p.Compact).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    internal DocContainer Body { get; }

    internal IReadOnlyList<DocParagraph> Paragraphs { get; }

    /// <summary>All text in reading order, white space removed.</summary>
    internal string Text { get; }

    internal HashSet<string> ParagraphTexts { get; }

    /// <exception cref="UnreadableDocumentException">Not a ZIP, not a Word document, too large, or with XML that is refused (DTDs) or broken.</exception>
    public static FilledDocument Read(byte[] docx)
    {
        var package = DocxPackage.TryRead(docx, out var problem) ?? throw new UnreadableDocumentException(problem!);
        try
        {
            return new FilledDocument(FilledDocumentReader.Read(package));
        }
        catch (XmlException e)
        {
            throw new UnreadableDocumentException($"the document's XML is refused or broken: {e.Message}");
        }
    }

    private static IEnumerable<DocParagraph> Flatten(DocNode node) => node switch
    {
        DocParagraph p => [p],
        DocContainer c => c.Children.SelectMany(Flatten),
        _ => [],
    };
}
