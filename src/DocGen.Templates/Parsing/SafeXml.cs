using System.Globalization;
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

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 100_000_000,
        IgnoreWhitespace = false,
    };

    /// <summary>Loads a part; throws <see cref="XmlException"/> (<see cref="XmlNestingException"/> when too deep) for XML that is not accepted.</summary>
    public static XDocument Load(byte[] bytes)
    {
        CheckDepth(bytes);
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = XmlReader.Create(stream, Settings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
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
                throw new XmlNestingException(string.Create(CultureInfo.InvariantCulture,
                    $"elements are nested more than {MaxDepth} levels deep; Word documents need far fewer"),
                    line.LineNumber, line.LinePosition);
            }
        }
    }
}
