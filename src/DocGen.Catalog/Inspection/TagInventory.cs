using System.Text.RegularExpressions;
using DocGen.Templates.Packaging;
using DocGen.Templates.Parsing;
using static DocGen.Templates.Parsing.WordNames;

namespace DocGen.Templates.Inspection;

/// <summary>
/// Every <c>{{ … }}</c> tag of a template in document order — body, then headers and footers — with its location
/// and the text around it, read from the paragraphs as Word shows them (a tag split over several runs is whole
/// here). It does not parse the tags, so it lists broken ones too. A text box's tags are listed once, though Word
/// writes the box twice.
/// </summary>
public static partial class TagInventory
{
    /// <summary>Characters of context kept on each side of a tag: enough to find it with Word's search.</summary>
    public const int ContextLength = 12;

    public static IReadOnlyList<TagPlace> List(byte[] docx)
    {
        var package = DocxPackage.TryRead(docx, out _);
        if (package is null) return [];
        var places = new List<TagPlace>();
        foreach (var (name, bytes) in package.Parts.OrderBy(p => p.Key == "word/document.xml" ? 0 : 1))
        {
            if (!IsStoryPart(name)) continue;
            if (SafeXml.TryLoad(bytes) is not { } document) continue;
            var locations = new LocationMap(name, document.Root!);
            // A text box's VML copy for older readers (mc:Fallback) repeats the box's tags: they are listed once.
            foreach (var paragraph in document.Descendants(P).Where(p => !p.Ancestors(Fallback).Any()))
            {
                // A text box's paragraphs sit inside a run of this one: their text is theirs, not this paragraph's.
                var text = string.Concat(paragraph.Descendants(T).Where(t => t.Ancestors(P).First() == paragraph).Select(t => t.Value));
                foreach (Match tag in Tag().Matches(text))
                {
                    var before = text[..tag.Index];
                    var after = text[(tag.Index + tag.Length)..];
                    places.Add(new TagPlace(locations.Of(paragraph), tag.Value,
                        before.Length > ContextLength ? "…" + before[^ContextLength..] : before,
                        after.Length > ContextLength ? after[..ContextLength] + "…" : after));
                }
            }
        }
        return places;
    }

    private static bool IsStoryPart(string name) =>
        name == "word/document.xml"
        || (name.StartsWith("word/header", StringComparison.Ordinal) || name.StartsWith("word/footer", StringComparison.Ordinal)) && name.EndsWith(".xml", StringComparison.Ordinal);

    [GeneratedRegex(@"\{\{.*?(\}\}|$)", RegexOptions.Singleline)]
    private static partial Regex Tag();
}
