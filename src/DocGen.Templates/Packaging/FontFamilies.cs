using System.Xml;

namespace DocGen.Templates.Packaging;

/// <summary>
/// The font families a DOCX names in <c>w:rFonts</c>, as LibreOffice will look them up: those of the body, styles,
/// numbering, headers, footers, notes and comments. A template's are read once (<see cref="Engine.DocxTemplate.FontFamilies"/>);
/// what the engine renders from it names no other (values are text, pictures are drawings), only the same or fewer.
/// </summary>
public static class FontFamilies
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly string[] FontAttributes = ["ascii", "hAnsi", "eastAsia", "cs"];

    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
    };

    /// <summary>Whether a part's runs count: parts directly under <c>word/</c>, not the theme's.</summary>
    public static bool AreNamedIn(string partName) =>
        partName.StartsWith("word/", StringComparison.Ordinal) && partName.EndsWith(".xml", StringComparison.Ordinal) && partName.IndexOf('/', 5) < 0;

    /// <summary>Adds the families of the element <paramref name="reader"/> stands on when it is a <c>w:rFonts</c>.</summary>
    public static void Collect(XmlReader reader, ISet<string> families)
    {
        if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "rFonts" || reader.NamespaceURI != WordNamespace)
            return;
        foreach (var attribute in FontAttributes)
        {
            var family = reader.GetAttribute(attribute, WordNamespace);
            if (!string.IsNullOrWhiteSpace(family)) families.Add(family.Trim());
        }
    }

    /// <summary>The families the parts name; a part that is not well-formed XML names those read before the fault.</summary>
    internal static IReadOnlyCollection<string> NamedIn(IEnumerable<KeyValuePair<string, byte[]>> parts)
    {
        var families = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, bytes) in parts)
        {
            if (!AreNamedIn(name)) continue;
            try
            {
                using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), ReaderSettings);
                while (reader.Read()) Collect(reader, families);
            }
            catch (XmlException)
            {
                // The report is diagnostics; whether LibreOffice can read the part is its own affair.
            }
        }
        return families;
    }
}
