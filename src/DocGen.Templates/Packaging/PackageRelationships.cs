using System.Xml.Linq;
using DocGen.Templates.Parsing;

namespace DocGen.Templates.Packaging;

/// <summary>
/// Reads the relationship parts of an Open Packaging package. Word, Word for the web, WPS and LibreOffice name
/// their parts differently (<c>word/document.xml</c>, <c>word/document2.xml</c>, <c>word/header1.xml</c> or
/// <c>word/header3.xml</c>...), so parts are found by the relationships that point at them, never by name.
/// </summary>
internal static class PackageRelationships
{
    public const string RootRelationships = "_rels/.rels";

    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The last segment of each relationship type a template part can have (transitional and strict share it).</summary>
    public const string OfficeDocument = "officeDocument";

    public static readonly string[] TemplateParts = ["header", "footer", "footnotes", "endnotes", "comments"];

    /// <summary>The relationships part of <paramref name="partName"/>: <c>word/document2.xml</c> → <c>word/_rels/document2.xml.rels</c>.</summary>
    public static string PartFor(string partName)
    {
        var slash = partName.LastIndexOf('/');
        return partName[..(slash + 1)] + "_rels/" + partName[(slash + 1)..] + ".rels";
    }

    /// <summary>The package parts that the relationships in <paramref name="relationshipsXml"/> point at with one of <paramref name="types"/>.</summary>
    public static List<string> Targets(byte[]? relationshipsXml, string sourcePart, IReadOnlyCollection<string> types) =>
        [.. Internal(relationshipsXml, sourcePart).Where(r => types.Contains(r.Type[(r.Type.LastIndexOf('/') + 1)..])).Select(r => r.Part)];

    /// <summary>The package part each relationship in <paramref name="relationshipsXml"/> points at, by relationship id.</summary>
    public static Dictionary<string, string> TargetsById(byte[]? relationshipsXml, string sourcePart)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, _, part) in Internal(relationshipsXml, sourcePart))
        {
            if (id is not null) targets[id] = part;
        }
        return targets;
    }

    /// <summary>The relationships to parts inside the package (external links left out); none when the XML is unreadable.</summary>
    private static List<(string? Id, string Type, string Part)> Internal(byte[]? relationshipsXml, string sourcePart)
    {
        var relationships = new List<(string?, string, string)>();
        if (SafeXml.TryLoad(relationshipsXml) is not { } document) return relationships;
        foreach (var relationship in document.Root?.Elements(Relationships + "Relationship") ?? [])
        {
            if (string.Equals((string?)relationship.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase)) continue;
            if ((string?)relationship.Attribute("Target") is { Length: > 0 } target)
                relationships.Add(((string?)relationship.Attribute("Id"), (string?)relationship.Attribute("Type") ?? "", Resolve(sourcePart, target)));
        }
        return relationships;
    }

    /// <summary>A relationship target as a part name: relative to the source part's folder, or absolute from the package root.</summary>
    public static string Resolve(string sourcePart, string target)
    {
        target = Uri.UnescapeDataString(target.Replace('\\', '/'));
        var slash = sourcePart.LastIndexOf('/');
        var path = target.StartsWith('/') ? target[1..] : sourcePart[..(slash + 1)] + target;
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (segments.Count > 0) segments.RemoveAt(segments.Count - 1);
                continue;
            }
            segments.Add(segment);
        }
        return string.Join('/', segments);
    }

    /// <summary>The target of <paramref name="partName"/> written from a part in <paramref name="sourcePart"/>'s folder.</summary>
    public static string Relative(string sourcePart, string partName)
    {
        var folder = sourcePart[..(sourcePart.LastIndexOf('/') + 1)];
        return partName.StartsWith(folder, StringComparison.Ordinal) ? partName[folder.Length..] : "/" + partName;
    }
}
