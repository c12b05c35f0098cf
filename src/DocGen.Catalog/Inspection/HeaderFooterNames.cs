using DocGen.Templates.Packaging;
using DocGen.Templates.Parsing;
using static DocGen.Templates.Parsing.WordNames;

namespace DocGen.Templates.Inspection;

/// <summary>
/// What Word calls each header and footer part of a template, as it labels them when one is opened for editing:
/// <c>页眉</c>, <c>首页页脚</c>, <c>偶数页页眉</c>, <c>奇数页页脚</c> (when odd and even pages differ), with
/// <c>-第 2 节-</c> when the document has several sections. A part is named for the first section that uses it.
/// </summary>
public static class HeaderFooterNames
{
    /// <returns>Part name (<c>word/footer1.xml</c>) → Word's name; empty for a package that cannot be read.</returns>
    public static IReadOnlyDictionary<string, string> Of(byte[] docx)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var package = DocxPackage.TryRead(docx, out _);
        if (package is null) return names;
        var relationships = package.Find(package.MainRelationships);
        var targets = PackageRelationships.TargetsById(relationships, package.MainPart);
        var oddAndEven = PackageRelationships.Targets(relationships, package.MainPart, ["settings"]).FirstOrDefault() is { } settings
            && SafeXml.TryLoad(package.Find(settings))?.Descendants(W + "evenAndOddHeaders").Any(e => (string?)e.Attribute(Val) is null or "1" or "true" or "on") == true;
        var sections = SafeXml.TryLoad(package.Find(package.MainPart))?.Descendants(SectPr).ToList() ?? [];
        for (var section = 0; section < sections.Count; section++)
        {
            foreach (var reference in sections[section].Elements().Where(e => e.Name == W + "headerReference" || e.Name == W + "footerReference"))
            {
                if ((string?)reference.Attribute(RelationshipIds + "id") is not { } id || !targets.TryGetValue(id, out var part) || names.ContainsKey(part)) continue;
                var story = reference.Name == W + "headerReference" ? "页眉" : "页脚";
                var pages = (string?)reference.Attribute(W + "type") switch
                {
                    "first" => "首页",
                    "even" => "偶数页",
                    _ => oddAndEven ? "奇数页" : "",
                };
                names[part] = sections.Count > 1 ? $"{pages}{story} -第 {section + 1} 节-" : pages + story;
            }
        }
        return names;
    }
}
