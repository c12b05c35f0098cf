using System.Globalization;
using System.Text;
using System.Xml.Linq;
using DocGen.Templates.Parsing;
using static DocGen.Templates.Parsing.WordNames;

namespace DocGen.Templates.Engine;

/// <summary>
/// A loop copies what it repeats, and with it ids that Word requires to be unique: bookmarks (Word's own
/// <c>_GoBack</c> among them), drawing ids of pictures and shapes, content-control ids, the paragraph ids of
/// Word 2010 and later, comment ranges. This pass runs after a part is rendered, only on parts where a loop
/// repeats such markup: the first copy keeps its ids, later copies get ids above every id of the template, a
/// repeated bookmark name gets a numbered name (<c>_GoBack</c> is dropped), a repeated comment range is dropped.
/// </summary>
internal sealed class UniqueIds
{
    private static readonly XNamespace Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static readonly XNamespace W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    private static readonly XName BookmarkStart = W + "bookmarkStart";
    private static readonly XName BookmarkEnd = W + "bookmarkEnd";
    private static readonly XName CommentRangeStart = W + "commentRangeStart";
    private static readonly XName CommentRangeEnd = W + "commentRangeEnd";
    private static readonly XName CommentReference = W + "commentReference";
    private static readonly XName DocPr = Wp + "docPr";
    private static readonly XName SdtPr = W + "sdtPr";
    private static readonly XName Id = W + "id";
    private static readonly XName Name = W + "name";
    private static readonly XName ParaId = W14 + "paraId";
    private static readonly XName AnchorId = (XNamespace)"http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" + "anchorId";
    private static readonly XName TextId = W14 + "textId";
    private static readonly XNamespace Vml = "urn:schemas-microsoft-com:vml";
    private static readonly XName ShapeType = Vml + "shapetype";
    private static readonly XName ShapeId = (XNamespace)"urn:schemas-microsoft-com:office:office" + "spid";
    private const string ShapeIdPrefix = "_x0000_s";
    private const int MaxBookmarkName = 40;

    private readonly long _drawingCeiling;
    private readonly long _controlCeiling;
    private readonly long _paragraphCeiling;
    private readonly long _bookmarkCeiling;
    private readonly long _shapeCeiling;

    private UniqueIds(long drawing, long control, long paragraph, long bookmark, long shape)
    {
        _shapeCeiling = shape;
        _drawingCeiling = drawing;
        _controlCeiling = control;
        _paragraphCeiling = paragraph;
        _bookmarkCeiling = bookmark;
    }

    /// <summary>True when a loop in a structured part repeats markup that carries an id.</summary>
    public static bool AreRepeatedIn(XElement structuredRoot) =>
        structuredRoot.Descendants(For).Any(loop => loop.Descendants().Any(CarriesId));

    private static bool CarriesId(XElement e) =>
        e.Name == BookmarkStart || e.Name == DocPr || e.Name == CommentRangeStart || e.Name == CommentReference
        || (e.Name == Id && e.Parent?.Name == SdtPr) || e.Attribute(ParaId) is not null || e.Attribute(TextId) is not null || e.Attribute(AnchorId) is not null
        || (e.Name.Namespace == Vml && e.Attribute("id") is not null);

    /// <summary>The highest id of each kind in the template's parts, so that new ids collide with none of them, in any part.</summary>
    public static UniqueIds Above(IEnumerable<XElement> roots)
    {
        long drawing = 0, control = 0, paragraph = 0, bookmark = 0, shape = 0;
        foreach (var e in roots.SelectMany(r => r.DescendantsAndSelf()))
        {
            if (e.Name == DocPr) drawing = Math.Max(drawing, Decimal(e.Attribute("id")));
            else if (e.Name == BookmarkStart) bookmark = Math.Max(bookmark, Decimal(e.Attribute(Id)));
            else if (e.Name == Id && e.Parent?.Name == SdtPr) control = Math.Max(control, Decimal(e.Attribute(Val)));
            if (e.Attribute(ParaId) is { } p) paragraph = Math.Max(paragraph, Hex(p));
            if (e.Attribute(TextId) is { } t) paragraph = Math.Max(paragraph, Hex(t));
            if (e.Attribute(AnchorId) is { } a) paragraph = Math.Max(paragraph, Hex(a));
            if (e.Attribute(ShapeId) is { } spid) shape = Math.Max(shape, ShapeNumber(spid.Value));
        }
        return new UniqueIds(drawing, control, paragraph, bookmark, shape);
    }

    /// <summary>Rewrites the rendered part in <paramref name="part"/> so that every id in it is unique.</summary>
    public void Apply(StringBuilder part)
    {
        var document = XDocument.Parse(part.ToString(), LoadOptions.PreserveWhitespace);
        var drawings = new Allocator(_drawingCeiling, uint.MaxValue);
        var controls = new Allocator(_controlCeiling, int.MaxValue);
        var paragraphs = new Allocator(_paragraphCeiling, 0x7FFFFFFF);
        var bookmarks = new Allocator(_bookmarkCeiling, int.MaxValue);
        var shapes = new Allocator(_shapeCeiling, int.MaxValue);
        var seen = new HashSet<(XName, string)>();
        var bookmarkNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var openBookmarks = new Dictionary<string, XElement>();
        var removed = new List<XElement>();

        foreach (var e in document.Root!.DescendantsAndSelf().ToList())
        {
            if (e.Attribute(ParaId) is { } paraId && !seen.Add((ParaId, paraId.Value))) paraId.Value = paragraphs.Next().ToString("X8", CultureInfo.InvariantCulture);
            if (e.Attribute(TextId) is { } textId && !seen.Add((TextId, textId.Value))) textId.Value = paragraphs.Next().ToString("X8", CultureInfo.InvariantCulture);
            if (e.Attribute(AnchorId) is { } anchorId && !seen.Add((AnchorId, anchorId.Value))) anchorId.Value = paragraphs.Next().ToString("X8", CultureInfo.InvariantCulture);
            if (e.Attribute(ShapeId) is { } spid && !seen.Add((ShapeId, spid.Value))) spid.Value = ShapeIdPrefix + shapes.Next().ToString(CultureInfo.InvariantCulture);
            if (e.Name.Namespace == Vml && e.Attribute("id") is { } vmlId && !seen.Add((Vml + "id", vmlId.Value)))
            {
                // A repeated shape type is the same definition again: the shapes of later copies refer to the first.
                if (e.Name == ShapeType) removed.Add(e);
                else vmlId.Value = UniqueName(vmlId.Value, seen);
            }
            else if (e.Name == DocPr && e.Attribute("id") is { } drawingId && !seen.Add((DocPr, drawingId.Value)))
            {
                drawingId.Value = drawings.Next().ToString(CultureInfo.InvariantCulture);
            }
            else if (e.Name == Id && e.Parent?.Name == SdtPr && e.Attribute(Val) is { } controlId && !seen.Add((SdtPr, controlId.Value)))
            {
                controlId.Value = controls.Next().ToString(CultureInfo.InvariantCulture);
            }
            else if (e.Name == CommentRangeStart || e.Name == CommentRangeEnd || e.Name == CommentReference)
            {
                if (!seen.Add((e.Name, (string?)e.Attribute(Id) ?? ""))) removed.Add(e.Parent is { } run && run.Name == R && run.Elements().All(c => c == e || c.Name == RPr) ? run : e);
            }
            else if (e.Name == BookmarkStart)
            {
                var id = (string?)e.Attribute(Id) ?? "";
                // A start whose end was never reached (its end stood outside the repeated range) cannot be paired any more.
                if (openBookmarks.Remove(id, out var unpaired)) removed.Add(unpaired);
                var name = (string?)e.Attribute(Name) ?? "";
                if (!bookmarkNames.Add(name))
                {
                    if (name.StartsWith("_GoBack", StringComparison.OrdinalIgnoreCase))
                    {
                        removed.Add(e);
                        openBookmarks[id] = e;
                        e.SetAttributeValue(Private + "dropped", "1");
                        continue;
                    }
                    e.SetAttributeValue(Name, UniqueName(name, bookmarkNames));
                }
                if (!seen.Add((BookmarkStart, id))) e.SetAttributeValue(Id, bookmarks.Next().ToString(CultureInfo.InvariantCulture));
                openBookmarks[id] = e;
            }
            else if (e.Name == BookmarkEnd)
            {
                var id = (string?)e.Attribute(Id) ?? "";
                if (!openBookmarks.Remove(id, out var start) || start.Attribute(Private + "dropped") is not null)
                {
                    removed.Add(e);
                    continue;
                }
                e.SetAttributeValue(Id, (string?)start.Attribute(Id));
            }
        }
        removed.AddRange(openBookmarks.Values);
        foreach (var e in removed.Distinct()) e.Remove();

        part.Clear();
        part.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
        part.Append(document.Root.ToString(SaveOptions.DisableFormatting | SaveOptions.OmitDuplicateNamespaces));
    }

    private static string UniqueName(string name, HashSet<string> taken)
    {
        for (var n = 2; ; n++)
        {
            var suffix = "_" + n.ToString(CultureInfo.InvariantCulture);
            var candidate = name[..Math.Min(name.Length, MaxBookmarkName - suffix.Length)] + suffix;
            if (taken.Add(candidate)) return candidate;
        }
    }

    private static string UniqueName(string id, HashSet<(XName, string)> seen)
    {
        for (var n = 2; ; n++)
        {
            var candidate = id + "_" + n.ToString(CultureInfo.InvariantCulture);
            if (seen.Add((Vml + "id", candidate))) return candidate;
        }
    }

    private static long ShapeNumber(string spid) =>
        spid.StartsWith(ShapeIdPrefix, StringComparison.Ordinal) && long.TryParse(spid.AsSpan(ShapeIdPrefix.Length), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static long Decimal(XAttribute? a) => a is not null && long.TryParse(a.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static long Hex(XAttribute a) => long.TryParse(a.Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v) ? v : 0;

    /// <summary>New ids counted up from above the template's highest; past the type's limit, from 1 (the template rarely uses them all).</summary>
    private sealed class Allocator(long ceiling, long limit)
    {
        private long _next = ceiling + 1;

        public long Next()
        {
            if (_next > limit) _next = 1;
            return _next++;
        }
    }
}
