using System.Text.RegularExpressions;
using System.Xml;
using DocGen.Templates.Packaging;

namespace DocGen.Templates.Extraction;

/// <summary>
/// A filled Word form as uploaded, read once and then recognised or extracted against any form; or a template,
/// which is recognised like a filled form whose values are its tags.
/// </summary>
public sealed partial class FilledDocument
{
    private FilledDocument(DocContainer body)
    {
        Body = body;
        Paragraphs = Flatten(body).ToList();
        Text = string.Concat(Paragraphs.Select(p => p.Compact));
        ParagraphTexts = Paragraphs.Select(p => p.Compact).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);
        // Paragraph by paragraph, so that a tag left open (a typo) takes no more than the rest of its paragraph.
        if (Text.Contains("{{", StringComparison.Ordinal)) TextWithoutTags = string.Concat(Paragraphs.Select(p => Tag().Replace(p.Compact, "")));
    }

    internal DocContainer Body { get; }

    internal IReadOnlyList<DocParagraph> Paragraphs { get; }

    /// <summary>All text in reading order, white space removed.</summary>
    internal string Text { get; }

    internal HashSet<string> ParagraphTexts { get; }

    /// <summary>The text without its <c>{{ … }}</c> tags when it has any (it is a template), else null.</summary>
    internal string? TextWithoutTags { get; }

    /// <exception cref="UnreadableDocumentException">Not a ZIP, not a Word document, too large, or with XML that is refused (DTDs) or broken.</exception>
    public static FilledDocument Read(byte[] docx)
    {
        var package = DocxPackage.TryRead(docx, out var problem, out var problemZh) ?? throw new UnreadableDocumentException(problem!, problemZh!);
        try
        {
            return new FilledDocument(FilledDocumentReader.Read(package));
        }
        catch (XmlException e)
        {
            throw new UnreadableDocumentException($"the document's XML is refused or broken: {e.Message}",
                $"文档中的 XML 已损坏或含有不接受的内容（如 DTD）：{e.Message}；请用 Word 或 WPS 另存为 .docx 后再上传");
        }
    }

    private static IEnumerable<DocParagraph> Flatten(DocNode node) => node switch
    {
        DocParagraph p => [p],
        DocContainer c => c.Children.SelectMany(Flatten),
        _ => [],
    };

    [GeneratedRegex(@"\{\{.*?(\}\}|$)", RegexOptions.Singleline)]
    private static partial Regex Tag();
}
