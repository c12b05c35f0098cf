using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace DocGen.Templates.Tests.Corpus;

/// <summary>A rendered DOCX read back: its main part and the parts related to it, found the way Word finds them.</summary>
internal sealed class RenderedDocument
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public RenderedDocument(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart!;
        Parts = [Load(main), .. main.Parts.Select(p => p.OpenXmlPart).Where(p => p is HeaderPart or FooterPart or FootnotesPart or EndnotesPart or WordprocessingCommentsPart).Select(Load)];
    }

    /// <summary>The main part first, then headers, footers, notes and comments.</summary>
    public List<XDocument> Parts { get; }

    public IEnumerable<XElement> All => Parts.SelectMany(p => p.Descendants());

    /// <summary>Every paragraph's text, one paragraph a line, across all parts.</summary>
    public string Text => string.Join("\n", Parts.SelectMany(p => p.Descendants(W + "p"))
        .Select(p => string.Concat(p.Descendants(W + "t").Where(t => t.Ancestors(W + "p").First() == p).Select(t => t.Value))));

    private static XDocument Load(OpenXmlPart part)
    {
        using var stream = part.GetStream();
        return XDocument.Load(stream);
    }
}
