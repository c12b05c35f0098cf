using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace DocGen.Conversion.Pool;

/// <summary>
/// Takes reviewers' comments out of a DOCX before a worker loads it. LibreOffice without its desktop interface
/// (Debian's libreoffice-writer-nogui) lacks the comment window's layout file: a document loaded with a comment anchored
/// in it makes Writer build that window from its event loop, and soffice.bin aborts (<c>NoSuchElementException</c>,
/// signal 6) — <c>soffice --convert-to</c> only escapes because it exports before the loop runs. A comment anchored in a
/// header is not even loaded from a stream. The PDF never prints comments (the export leaves notes out), so the marks
/// that anchor them (<c>w:commentRangeStart</c>, <c>w:commentRangeEnd</c>, <c>w:commentReference</c>) are removed from
/// every part; the comments part itself, with nothing pointing at it, is never read.
/// </summary>
internal static class CommentMarks
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly XName[] Marks =
    [
        XName.Get("commentRangeStart", WordNamespace),
        XName.Get("commentRangeEnd", WordNamespace),
        XName.Get("commentReference", WordNamespace),
    ];

    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CloseInput = false,
    };

    /// <summary>
    /// The document without comment marks; the same array when it has no comments part (the usual case: only the
    /// small relationship parts are read).
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not a ZIP package.</exception>
    /// <exception cref="XmlException">A part is not well-formed XML.</exception>
    public static byte[] Remove(byte[] docx)
    {
        using (var archive = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read))
        {
            if (!archive.Entries.Any(HasCommentsRelationship))
            {
                return docx;
            }
        }

        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in archive.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                RemoveMarks(entry);
            }
        }

        return buffer.ToArray();
    }

    private static bool HasCommentsRelationship(ZipArchiveEntry entry)
    {
        if (!entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        using var reader = new StreamReader(entry.Open());
        var relationships = reader.ReadToEnd();
        return relationships.Contains("/comments\"", StringComparison.Ordinal) || relationships.Contains("/comments'", StringComparison.Ordinal);
    }

    private static void RemoveMarks(ZipArchiveEntry entry)
    {
        XDocument part;
        using (var stream = entry.Open())
        using (var reader = XmlReader.Create(stream, ReaderSettings))
        {
            part = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }

        var marks = Marks.SelectMany(part.Descendants).ToList();
        if (marks.Count == 0)
        {
            return;
        }

        marks.ForEach(mark => mark.Remove());
        using var output = entry.Open();
        output.SetLength(0);
        part.Save(output, SaveOptions.DisableFormatting);
    }
}
