using System.IO.Compression;
using System.Xml;

namespace DocGen.Conversion.Cost;

/// <summary>
/// Counts a DOCX's <see cref="DocumentCost"/> in one streaming pass over its WordprocessingML parts (body, headers,
/// footers, notes), without building a tree and without holding any text: a document of hundreds of thousands of
/// rows is measured in well under a second, where converting it would hold a worker for minutes.
/// </summary>
internal static class DocumentCostMeter
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string VmlNamespace = "urn:schemas-microsoft-com:vml";

    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <exception cref="InvalidDataException">The bytes are not a ZIP package.</exception>
    /// <exception cref="XmlException">A part is not well-formed XML.</exception>
    public static DocumentCost Measure(byte[] docx)
    {
        using var archive = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
        var counter = new Counter();
        foreach (var entry in archive.Entries)
        {
            if (IsTextPart(entry.FullName))
            {
                using var stream = entry.Open();
                counter.Read(stream);
            }
        }

        return counter.Result();
    }

    private static bool IsTextPart(string name)
    {
        if (!name.StartsWith("word/", StringComparison.Ordinal) || !name.EndsWith(".xml", StringComparison.Ordinal) || name.IndexOf('/', 5) >= 0)
        {
            return false;
        }

        var file = name[5..];
        return file is "document.xml" or "footnotes.xml" or "endnotes.xml" or "comments.xml"
            || file.StartsWith("header", StringComparison.Ordinal) || file.StartsWith("footer", StringComparison.Ordinal);
    }

    private sealed class Counter
    {
        private readonly char[] _chunk = new char[4096];
        // Text boxes put paragraphs inside paragraphs; each open one keeps its own length.
        private readonly Stack<long> _openParagraphs = new();
        private long _characters;
        private long _longestParagraph;
        private long _paragraphs;
        private long _rows;
        private long _images;

        public void Read(Stream part)
        {
            _openParagraphs.Clear();
            using var reader = XmlReader.Create(part, ReaderSettings);
            var inText = false;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        inText = Open(reader);
                        break;
                    case XmlNodeType.EndElement:
                        Close(reader);
                        inText = false;
                        break;
                    case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA when inText:
                        AddText(reader);
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
}
