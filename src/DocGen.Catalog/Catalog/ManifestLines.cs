using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DocGen.Templates.Catalog;

/// <summary>Where each entry of a form.yaml is, so a problem found after loading can still name its line.</summary>
internal static class ManifestLines
{
    /// <summary>Every node under <paramref name="root"/> by path (<c>summary.sources[0].fields.name</c>) → its 1-based line.</summary>
    public static IReadOnlyDictionary<string, int> Of(string yaml, string root)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException)
        {
            return lines; // the manifest's own load reports the broken YAML
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode top) return lines;
        foreach (var (key, value) in top.Children)
            if (key is YamlScalarNode { Value: { } name } && name == root) Walk(key, value, root, lines);
        return lines;
    }

    private static void Walk(YamlNode key, YamlNode node, string path, Dictionary<string, int> lines)
    {
        lines[path] = (int)key.Start.Line;
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (childKey, child) in mapping.Children)
                    if (childKey is YamlScalarNode { Value: { } name }) Walk(childKey, child, $"{path}.{name}", lines);
                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++) Walk(sequence.Children[i], sequence.Children[i], $"{path}[{i}]", lines);
                break;
        }
    }

    /// <summary>The line of a path, else of its nearest enclosing entry.</summary>
    public static int? Find(IReadOnlyDictionary<string, int> lines, string path)
    {
        for (var current = path; current.Length > 0; current = Parent(current))
            if (lines.TryGetValue(current, out var line)) return line;
        return null;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }
}
