using System.IO.Compression;
using System.Xml;

namespace DocGen.Conversion;

/// <summary>The font families a DOCX names, as LibreOffice will look them up.</summary>
internal static class DocumentFonts
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly string[] FontAttributes = ["ascii", "hAnsi", "eastAsia", "cs"];

    /// <summary>Families in w:rFonts of the body, styles, numbering, headers and footers.</summary>
    public static IReadOnlyCollection<string> FamiliesNamedIn(byte[] docx)
    {
        var families = new HashSet<string>(StringComparer.Ordinal);
        using var zip = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            // Parts directly under word/ (document, styles, numbering, header*, footer*); not word/theme/.
            if (!entry.FullName.StartsWith("word/", StringComparison.Ordinal) ||
                !entry.FullName.EndsWith(".xml", StringComparison.Ordinal) ||
                entry.FullName.LastIndexOf('/') != "word".Length)
            {
                continue;
            }

            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true });
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "rFonts" || reader.NamespaceURI != WordNamespace)
                {
                    continue;
                }

                foreach (var attribute in FontAttributes)
                {
                    var family = reader.GetAttribute(attribute, WordNamespace);
                    if (!string.IsNullOrWhiteSpace(family))
                    {
                        families.Add(family.Trim());
                    }
                }
            }
        }

        return families;
    }
}
