using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace DocGen.Templates.Parsing;

/// <summary>
/// Loads part XML with DTDs and external entities refused, so an uploaded template cannot read files (XXE) or
/// expand entities, and with element nesting bounded, so no walk over the tree can run out of stack.
/// </summary>
internal static class SafeXml
{
    /// <summary>
    /// Word nests a body, tables in cells, text boxes and fields a few dozen levels deep; anything near this is built
    /// to hurt. Every walk over part XML (the engine's, and the lint's) may assume at most this many levels.
    /// </summary>
    public const int MaxDepth = 256;

    /// <summary>
    /// Word writes a few dozen attributes on an element (the root's namespace declarations are the most). .NET's XML
    /// reader takes time that grows faster than the count on one element's attributes (300,000 of them: 7–12 s, a
    /// million: a minute and a gigabyte), so they are counted in the bytes before any reader sees them.
    /// </summary>
    public const int MaxAttributes = 512;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 100_000_000,
        IgnoreWhitespace = false,
    };

    /// <summary>Loads a part; throws <see cref="XmlException"/> (<see cref="XmlTooComplexException"/> when too deep or an element has too many attributes) for XML that is not accepted.</summary>
    public static XDocument Load(byte[] bytes)
    {
        CheckAttributes(bytes);
        CheckDepth(bytes);
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = XmlReader.Create(stream, Settings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    /// <summary>
    /// Loads a part that may be missing or unreadable, for readers that take such a part as saying nothing (names,
    /// relationships, inventories): null when there are no bytes or <see cref="Load"/> refuses them.
    /// </summary>
    public static XDocument? TryLoad(byte[]? bytes)
    {
        if (bytes is null) return null;
        try
        {
            return Load(bytes);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    // A streaming pass before the tree is built: the reader holds one element's state at a time, so depth costs nothing here.
    private static void CheckDepth(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = XmlReader.Create(stream, Settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth >= MaxDepth)
            {
                var line = (IXmlLineInfo)reader;
                throw new XmlTooComplexException(string.Create(CultureInfo.InvariantCulture,
                    $"elements are nested more than {MaxDepth} levels deep; Word documents need far fewer"),
                    "这一部分的 XML 嵌套过深，拒绝读取", line.LineNumber, line.LinePosition);
            }
        }
    }

    /// <summary>
    /// Counts the <c>=</c> signs outside quotes in each start tag (one per attribute or namespace declaration),
    /// skipping comments, CDATA sections and processing instructions. Text between tags holds no <c>&lt;</c> in
    /// well-formed XML, so one pass over the bytes sees every tag; malformed XML is left to the reader to refuse.
    /// </summary>
    private static void CheckAttributes(ReadOnlySpan<byte> xml)
    {
        var line = 1;
        for (var i = 0; i < xml.Length; i++)
        {
            if (xml[i] == (byte)'\n') line++;
            if (xml[i] != (byte)'<') continue;
            var rest = xml[i..];
            if (rest.StartsWith("<!--"u8) || rest.StartsWith("<![CDATA["u8) || rest.StartsWith("<?"u8) || rest.StartsWith("<!"u8))
            {
                var end = rest.StartsWith("<!--"u8) ? "-->"u8 : rest.StartsWith("<![CDATA["u8) ? "]]>"u8 : rest.StartsWith("<?"u8) ? "?>"u8 : ">"u8;
                var length = rest.IndexOf(end);
                if (length < 0) return;
                line += rest[..length].Count((byte)'\n');
                i += length + end.Length - 1;
                continue;
            }
            var attributes = 0;
            byte quote = 0;
            var j = i + 1;
            for (; j < xml.Length; j++)
            {
                var c = xml[j];
                if (c == (byte)'\n') line++;
                if (quote != 0)
                {
                    if (c == quote) quote = 0;
                }
                else if (c is (byte)'"' or (byte)'\'')
                {
                    quote = c;
                }
                else if (c == (byte)'=' && ++attributes > MaxAttributes)
                {
                    var name = Encoding.UTF8.GetString(xml[(i + 1)..Math.Min(j, i + 1 + 64)]).Split(' ', '\t', '\r', '\n')[0];
                    throw new XmlTooComplexException(string.Create(CultureInfo.InvariantCulture,
                        $"the element {name} has more than {MaxAttributes} attributes (namespace declarations included); Word writes a few dozen"),
                        string.Create(CultureInfo.InvariantCulture, $"元素 {name} 的属性（含命名空间声明）超过 {MaxAttributes} 个，拒绝读取"),
                        line, 1);
                }
                else if (c == (byte)'>')
                {
                    break;
                }
            }
            i = j;
        }
    }
}
