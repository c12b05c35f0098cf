using System.Xml;
using DocGen.Templates.Packaging;

namespace DocGen.Conversion.Cost;

/// <summary>
/// Counts a DOCX's <see cref="DocumentCost"/> as its WordprocessingML parts (body, headers, footers, notes, comments)
/// stream past, without building a tree and without holding any text: a document of hundreds of thousands of rows is
/// measured in well under a second, where converting it would hold a worker for minutes.
/// </summary>
internal sealed class DocumentCostMeter
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string VmlNamespace = "urn:schemas-microsoft-com:vml";

    private readonly char[] _chunk = new char[4096];
    // Text boxes put paragraphs inside paragraphs; each open one keeps its own length.
    private readonly Stack<long> _openParagraphs = new();
    private long _characters;
    private long _longestParagraph;
    private long _paragraphs;
    private long _rows;
    private long _images;

    /// <summary>Whether a part's text is laid out: the body, notes, comments, headers and footers.</summary>
    public static bool Measures(string partName)
    {
        if (!FontFamilies.AreNamedIn(partName))
        {
            return false;
        }

        var file = partName[5..];
        return file is "document.xml" or "footnotes.xml" or "endnotes.xml" or "comments.xml"
            || file.StartsWith("header", StringComparison.Ordinal) || file.StartsWith("footer", StringComparison.Ordinal);
    }

    /// <summary>Counts one part; collects the font families it names into <paramref name="families"/> on the way when given.</summary>
    /// <exception cref="XmlException">The part is not well-formed XML.</exception>
    public void Read(XmlReader part, ISet<string>? families)
    {
        _openParagraphs.Clear();
        var inText = false;
        while (part.Read())
        {
            switch (part.NodeType)
            {
                case XmlNodeType.Element:
                    inText = Open(part);
                    if (families is not null)
                    {
                        FontFamilies.Collect(part, families);
                    }

                    break;
                case XmlNodeType.EndElement:
                    Close(part);
                    inText = false;
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA when inText:
                    AddText(part);
                    break;
            }
        }
    }

    public DocumentCost Result() => new(_characters, _longestParagraph, _paragraphs, _rows, _images);

    /// <returns>Whether the element holds laid-out text (w:t).</returns>
    private bool Open(XmlReader reader)
    {
        var word = reader.NamespaceURI == WordNamespace;
        var empty = reader.IsEmptyElement;
        switch (reader.LocalName)
        {
            case "p" when word:
                _paragraphs++;
                if (!empty) _openParagraphs.Push(0);
                return false;
            case "tr" when word:
                _rows++;
                return false;
            case "drawing" when word:
            case "imagedata" when reader.NamespaceURI == VmlNamespace:
                _images++;
                return false;
            case "t" when word:
                return !empty;
            case "br" or "tab" or "cr" when word:
                AddCharacters(1);
                return false;
            default:
                return false;
        }
    }

    private void Close(XmlReader reader)
    {
        if (reader.LocalName == "p" && reader.NamespaceURI == WordNamespace && _openParagraphs.TryPop(out var length))
        {
            _longestParagraph = Math.Max(_longestParagraph, length);
        }
    }

    private void AddText(XmlReader reader)
    {
        if (!reader.CanReadValueChunk)
        {
            // A part that was rewritten is read from its tree, whose text is held already.
            AddCharacters(reader.Value.Length);
            return;
        }

        // Counted in chunks, so a text of hundreds of MB is never one string.
        int read;
        while ((read = reader.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
        {
            AddCharacters(read);
        }
    }

    private void AddCharacters(long count)
    {
        _characters += count;
        if (_openParagraphs.TryPop(out var length))
        {
            _openParagraphs.Push(length + count);
        }
    }
}
