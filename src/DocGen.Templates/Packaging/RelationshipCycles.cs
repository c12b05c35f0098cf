using System.Xml;
using System.Xml.Linq;
using DocGen.Templates.Parsing;

namespace DocGen.Templates.Packaging;

/// <summary>
/// Finds parts whose relationships lead back to themselves (a header whose relationship names itself, two headers
/// naming each other, a footer relationship aimed at the main document). No editor writes such a package, and
/// LibreOffice follows these relationships until its stack runs out: each conversion of one crashed the worker.
/// </summary>
internal static class RelationshipCycles
{
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The first circle of internal relationships between parts, as "a → b → a", or null when there is none.</summary>
    /// <exception cref="XmlTooComplexException">A relationships part is refused by <see cref="SafeXml"/>.</exception>
    public static string? Find(IReadOnlyList<KeyValuePair<string, byte[]>> parts)
    {
        var names = new HashSet<string>(parts.Select(p => p.Key), StringComparer.OrdinalIgnoreCase);
        var targets = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, bytes) in parts)
        {
            if (SourceOf(name) is not { } source) continue;
            var list = targets.TryGetValue(source, out var known) ? known : targets[source] = [];
            foreach (var target in InternalTargets(source, bytes))
            {
                if (names.Contains(target) && !list.Contains(target, StringComparer.OrdinalIgnoreCase)) list.Add(target);
            }
        }
        return FirstCycle(targets);
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

    private static IEnumerable<string> InternalTargets(string source, byte[] relationshipsXml)
    {
        XDocument document;
        try
        {
            document = SafeXml.Load(relationshipsXml);
        }
        catch (XmlException e) when (e is not XmlTooComplexException)
        {
            yield break;
        }
        foreach (var relationship in document.Root?.Elements(Relationships + "Relationship") ?? [])
        {
            if (string.Equals((string?)relationship.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase)) continue;
            if ((string?)relationship.Attribute("Target") is { Length: > 0 } target) yield return PackageRelationships.Resolve(source, target);
        }
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
