using System.Text;
using DocGen.Templates.Packaging;
using DocGen.Templates.Rendering;

namespace DocGen.Templates.Engine;

/// <summary>Edits of the package-level parts that a render needs: image relationships, image content types, core properties.</summary>
internal static class PackageParts
{
    public const string ContentTypes = "[Content_Types].xml";
    public const string RootRelationships = PackageRelationships.RootRelationships;
    public const string CoreProperties = "docProps/core.xml";

    public static readonly byte[] EmptyRelationships = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>");

    public static byte[] AddImageRelationships(byte[] relationships, string mainPart, IReadOnlyList<EmbeddedImage> images)
    {
        var text = Encoding.UTF8.GetString(relationships);
        var sb = new StringBuilder();
        foreach (var image in images)
        {
            sb.Append("<Relationship Id=\"").Append(image.RelationshipId)
              .Append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"")
              .Append(PackageRelationships.Relative(mainPart, image.PartName)).Append("\"/>");
        }
        return Encoding.UTF8.GetBytes(InsertBefore(text, "</Relationships>", sb.ToString()));
    }

    public static byte[] AddContentTypes(byte[] contentTypes, IEnumerable<string> extensions, bool addCoreProperties)
    {
        var text = Encoding.UTF8.GetString(contentTypes);
        var sb = new StringBuilder();
        foreach (var extension in extensions.Distinct())
        {
            if (text.Contains($"Extension=\"{extension}\"", StringComparison.OrdinalIgnoreCase)) continue;
            sb.Append("<Default Extension=\"").Append(extension).Append("\" ContentType=\"image/").Append(extension).Append("\"/>");
        }
        if (addCoreProperties && !text.Contains("/docProps/core.xml", StringComparison.Ordinal))
            sb.Append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
        return sb.Length == 0 ? contentTypes : Encoding.UTF8.GetBytes(InsertBefore(text, "</Types>", sb.ToString()));
    }

    public static byte[] AddCorePropertiesRelationship(byte[] rootRelationships)
    {
        var text = Encoding.UTF8.GetString(rootRelationships);
        if (text.Contains("/metadata/core-properties", StringComparison.Ordinal)) return rootRelationships;
        return Encoding.UTF8.GetBytes(InsertBefore(text, "</Relationships>",
            "<Relationship Id=\"dgCore\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"));
    }

    public static byte[] CorePropertiesXml(DocumentProperties properties)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
        sb.Append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        Element(sb, "dc:title", properties.Title);
        Element(sb, "dc:subject", properties.Subject);
        Element(sb, "dc:creator", "DocGen");
        Element(sb, "cp:keywords", properties.Keywords);
        Element(sb, "dc:description", properties.Description);
        Element(sb, "cp:category", properties.Category);
        sb.Append("</cp:coreProperties>");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static void Element(StringBuilder sb, string name, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        sb.Append('<').Append(name).Append('>');
        XmlText.AppendEscaped(sb, value);
        sb.Append("</").Append(name).Append('>');
    }

    private static string InsertBefore(string text, string closing, string insertion)
    {
        var at = text.LastIndexOf(closing, StringComparison.Ordinal);
        return at < 0 ? text : text.Insert(at, insertion);
    }
}
