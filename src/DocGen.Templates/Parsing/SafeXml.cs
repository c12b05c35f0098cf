using System.Xml;
using System.Xml.Linq;

namespace DocGen.Templates.Parsing;

/// <summary>Loads part XML with DTDs and external entities refused, so an uploaded template cannot read files (XXE) or expand entities.</summary>
internal static class SafeXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 100_000_000,
        IgnoreWhitespace = false,
    };

    public static XDocument Load(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = XmlReader.Create(stream, Settings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }
}
