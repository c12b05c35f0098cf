using System.Text;
using System.Xml;
using DocGen.Authoring.Model;

namespace DocGen.Authoring.Writing;

/// <summary>
/// docProps/core.xml written by hand: System.IO.Packaging's own properties part gets a random name and
/// the SDK would stamp dates, and either would make the bytes differ from one compile to the next.
/// </summary>
internal static class CorePropertiesXml
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";

    public static void Write(Stream stream, IReadOnlyDictionary<CoreProperty, string> properties)
    {
        var xmlSettings = new XmlWriterSettings { Encoding = new UTF8Encoding(false) };
        using var writer = XmlWriter.Create(stream, xmlSettings);
        writer.WriteStartDocument(true);
        writer.WriteStartElement("cp", "coreProperties", Cp);
        writer.WriteAttributeString("xmlns", "dc", null, Dc);
        foreach (var (property, value) in properties)
        {
            var (prefix, ns, name) = property switch
            {
                CoreProperty.Title => ("dc", Dc, "title"),
                CoreProperty.Subject => ("dc", Dc, "subject"),
                CoreProperty.Creator => ("dc", Dc, "creator"),
                CoreProperty.Description => ("dc", Dc, "description"),
                CoreProperty.Keywords => ("cp", Cp, "keywords"),
                _ => ("cp", Cp, "category"),
            };
            writer.WriteElementString(prefix, name, ns, value);
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }
}
