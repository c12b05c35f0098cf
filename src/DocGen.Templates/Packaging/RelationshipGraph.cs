using System.Xml;
using System.Xml.Linq;
using DocGen.Templates.Parsing;

namespace DocGen.Templates.Packaging;

/// <summary>
/// The relationships between a package's parts, checked for what LibreOffice cannot take though no editor writes it:
/// parts whose relationships lead back to themselves (a header whose relationship names itself, two headers naming
/// each other, a footer relationship aimed at the main document), which it follows until its stack runs out and
/// crashes; and a part with thousands of relationships, which it reads in time that grows with their square
/// (10,000 to one header: 11 s; 30,000: over the 60 s a conversion may take).
/// </summary>
internal static class RelationshipGraph
{
    /// <summary>A form with 300 photos has about 320; Word documents rarely reach a thousand.</summary>
    public const int MaxRelationshipsPerPart = 2000;

    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>Why the package's relationships are refused (in English, and in Chinese as <paramref name="problemZh"/>), or null when they are accepted.</summary>
    /// <exception cref="XmlTooComplexException">A relationships part is refused by <see cref="SafeXml"/>.</exception>
    public static string? Problem(IReadOnlyList<KeyValuePair<string, byte[]>> parts, out string? problemZh)
    {
        problemZh = null;
        var names = new HashSet<string>(parts.Select(p => p.Key), StringComparer.OrdinalIgnoreCase);
        var targets = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, bytes) in parts)
        {
            if (SourceOf(name) is not { } source) continue;
            var (count, internalTargets) = Read(source, bytes);
            if (count > MaxRelationshipsPerPart)
            {
                problemZh = $"{name} 有 {count} 个关系，最多接受 {MaxRelationshipsPerPart} 个；请用 Word 或 WPS 另存为 .docx 后再上传";
                return $"{name} holds {count} relationships; at most {MaxRelationshipsPerPart} are accepted per part";
            }
            var list = targets.TryGetValue(source, out var known) ? known : targets[source] = [];
            foreach (var target in internalTargets)
            {
                if (names.Contains(target) && !list.Contains(target, StringComparer.OrdinalIgnoreCase)) list.Add(target);
            }
        }
        if (FirstCycle(targets) is not { } cycle) return null;
        problemZh = $"部件之间的关系形成循环（{cycle}），Word 不会这样保存；请用 Word 或 WPS 另存为 .docx 后再上传";
        return $"the parts' relationships go round in a circle ({cycle}); no editor writes this, and LibreOffice crashes on it";
    }

    /// <summary><c>word/_rels/header1.xml.rels</c> → <c>word/header1.xml</c>; null for the package's own relationships and for other parts.</summary>
    private static string? SourceOf(string relationshipsPart)
    {
        if (!relationshipsPart.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)) return null;
        var slash = relationshipsPart.LastIndexOf('/');
        var folder = slash < 0 ? "" : relationshipsPart[..(slash + 1)];
        if (!folder.EndsWith("_rels/", StringComparison.OrdinalIgnoreCase)) return null;
        var source = folder[..^"_rels/".Length] + relationshipsPart[(slash + 1)..^".rels".Length];
        return source.Length == 0 || source.EndsWith('/') ? null : source;
    }

    /// <summary>How many relationships the part holds, and the parts its internal ones point at.</summary>
    private static (int Count, List<string> InternalTargets) Read(string source, byte[] relationshipsXml)
    {
        XDocument document;
        try
        {
            document = SafeXml.Load(relationshipsXml);
        }
        catch (XmlException e) when (e is not XmlTooComplexException)
        {
            return (0, []);
        }
        var count = 0;
        var targets = new List<string>();
        foreach (var relationship in document.Root?.Elements(Relationships + "Relationship") ?? [])
        {
            count++;
            if (string.Equals((string?)relationship.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase)) continue;
            if ((string?)relationship.Attribute("Target") is { Length: > 0 } target) targets.Add(PackageRelationships.Resolve(source, target));
        }
        return (count, targets);
    }

    // Depth-first with an explicit stack (a package of a thousand parts can chain them all): a part met again while
    // it is still on the path closes a circle.
    private static string? FirstCycle(Dictionary<string, List<string>> targets)
    {
        var finished = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var onPath = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var start in targets.Keys)
        {
            if (finished.Contains(start)) continue;
            var path = new List<string> { start };
            var next = new Stack<int>([0]);
            onPath.Add(start);
            while (path.Count > 0)
            {
                var part = path[^1];
                var edges = targets.GetValueOrDefault(part) ?? [];
                var index = next.Pop();
                if (index == edges.Count)
                {
                    path.RemoveAt(path.Count - 1);
                    onPath.Remove(part);
                    finished.Add(part);
                    continue;
                }
                next.Push(index + 1);
                var target = edges[index];
                if (onPath.Contains(target))
                {
                    var from = path.FindIndex(p => string.Equals(p, target, StringComparison.OrdinalIgnoreCase));
                    return string.Join(" → ", path.Skip(from).Append(target));
                }
                if (finished.Contains(target)) continue;
                path.Add(target);
                onPath.Add(target);
                next.Push(0);
            }
        }
        return null;
    }
}
