using System.Xml.Linq;

namespace DocGen.Conversion.Preparation;

/// <summary>
/// Reviewers' comments, taken out of a DOCX before a worker loads it. LibreOffice without its desktop interface
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

    /// <summary>Whether a relationship part of the package points at a comments part; the usual document has none, and its parts are then left alone.</summary>
    public static bool AreAnchoredIn(IEnumerable<KeyValuePair<string, byte[]>> parts) => parts.Any(p => PointsAtComments(p.Key, p.Value));

    /// <summary>Whether a part of a commented document is looked at: every XML part.</summary>
    public static bool MayBeIn(string partName) => partName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Removes the marks of a parsed part; whether it had any.</summary>
    public static bool Remove(XDocument part)
    {
        var marks = Marks.SelectMany(part.Descendants).ToList();
        marks.ForEach(mark => mark.Remove());
        return marks.Count > 0;
    }

    private static bool PointsAtComments(string name, byte[] bytes)
    {
        if (!name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        using var reader = new StreamReader(new MemoryStream(bytes, writable: false));
        var relationships = reader.ReadToEnd();
        return relationships.Contains("/comments\"", StringComparison.Ordinal) || relationships.Contains("/comments'", StringComparison.Ordinal);
    }
}
