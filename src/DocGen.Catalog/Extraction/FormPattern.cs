using System.Text.Json;
using System.Xml.Linq;
using DocGen.Templates.Diagnostics;
using DocGen.Templates.Packaging;
using DocGen.Templates.Parsing;
using DocGen.Templates.Scripting;
using static DocGen.Templates.Parsing.WordNames;

namespace DocGen.Templates.Extraction;

/// <summary>
/// The body of a form's template as a pattern a filled copy must show: its fixed text, its tables and rows,
/// where values stand and what repeats. Built once per template version.
/// </summary>
internal sealed class FormPattern
{
    private static readonly XName Sdt = W + "sdt";
    private static readonly XName SdtContent = W + "sdtContent";

    private readonly Dictionary<XElement, FieldSlot> _slots = new();
    private readonly List<(string Variable, JsonElement? Items)> _loops = [];
    private readonly JsonElement _schema;

    private FormPattern(ContainerPattern body, JsonElement schema)
    {
        Body = body;
        _schema = schema;
    }

    public ContainerPattern Body { get; private set; }

    /// <summary>Every fixed text of the form (at least two characters printed): what recognition looks for.</summary>
    public IReadOnlyList<FixedText> FixedTexts { get; private set; } = [];

    /// <summary>The pattern of a template; null when the template does not compile (it is then never served either).</summary>
    public static FormPattern? Build(byte[] template, JsonElement constants, JsonElement schema)
    {
        var package = DocxPackage.TryRead(template, out _);
        if (package?.Find(package.MainPart) is not { } xml) return null;
        var root = SafeXml.Load(xml).Root!;
        var diagnostics = new List<Diagnostic>();
        // The template compiled within this deadline before it was served, so it holds here too.
        var deadline = new CompileDeadline(CompileDeadline.Default);
        var occurrences = TagRunNormalizer.Normalize(root, new LocationMap(package.MainPart, root), diagnostics, deadline);
        var parsed = new List<ParsedTag>();
        foreach (var occurrence in occurrences)
        {
            try
            {
                parsed.Add(new ParsedTag(occurrence, TagParser.Parse(occurrence.Text)));
            }
            catch (TagSyntaxException)
            {
                return null;
            }
        }
        BlockStructurer.Structure(parsed, diagnostics, deadline);
        if (diagnostics.Any(d => d.IsError)) return null;

        var pattern = new FormPattern(new ContainerPattern(ContainerKind.Body, []), schema);
        foreach (var tag in parsed)
        {
            if (tag.Tag is ValueTag && tag.Occurrence.Run.Parent is not null) pattern._slots[tag.Occurrence.Run] = TagMeaning.OfValue(tag.Tag, constants);
        }
        var body = root.Element(WordNames.Body) ?? root;
        pattern.Body = new ContainerPattern(ContainerKind.Body, pattern.Blocks(body));
        var texts = new List<FixedText>();
        CollectFixed(pattern.Body.Children, texts);
        pattern.FixedTexts = texts;
        return pattern;
    }

    private List<PatternNode> Blocks(XElement container)
    {
        var nodes = new List<PatternNode>();
        foreach (var child in container.Elements())
        {
            if (child.Name == P)
            {
                nodes.Add(new ParagraphPattern(Inlines(child)));
            }
            else if (child.Name == Tbl)
            {
                nodes.Add(new ContainerPattern(ContainerKind.Table, Blocks(child)));
            }
            else if (child.Name == Tr)
            {
                nodes.Add(new ContainerPattern(ContainerKind.Row, Blocks(child)));
            }
            else if (child.Name == Tc)
            {
                nodes.Add(new ContainerPattern(ContainerKind.Cell, Blocks(child)));
            }
            else if (child.Name == For)
            {
                var loop = LoopOf(child);
                Enter(loop);
                nodes.Add(new RepeatPattern(loop, Blocks(child)));
                _loops.RemoveAt(_loops.Count - 1);
            }
            else if (child.Name == If || child.Name == Case)
            {
                nodes.AddRange(BlockChoice(child.Elements(Branch).ToList(), 0));
            }
            else if (child.Name == Sdt)
            {
                nodes.AddRange(Blocks(child.Element(SdtContent) ?? child));
            }
            else if (child.Name.LocalName is "customXml")
            {
                nodes.AddRange(Blocks(child));
            }
        }
        return nodes;
    }

    // if / else if / else and case / when / else read as nested two-way choices: this branch, or what follows it.
    private List<PatternNode> BlockChoice(List<XElement> branches, int index) =>
        index >= branches.Count ? []
        : branches[index].Annotation<Tag>() is ElseTag ? Blocks(branches[index])
        : [new ChoicePattern(Blocks(branches[index]), BlockChoice(branches, index + 1))];

    private List<InlinePart> InlineChoice(List<XElement> branches, int index)
    {
        if (index >= branches.Count) return [];
        var branch = new List<InlinePart>();
        Inline(branches[index], branch);
        return branches[index].Annotation<Tag>() is ElseTag ? branch : [new InlineChoicePart(branch, InlineChoice(branches, index + 1))];
    }

    private void Enter(LoopBinding loop) => _loops.Add((loop.Variable, SchemaNavigator.Items(SchemaOf(loop.Source))));

    private JsonElement? SchemaOf(IReadOnlyList<string> path)
    {
        if (path.Count == 0) return null;
        for (var i = _loops.Count - 1; i >= 0; i--)
            if (_loops[i].Variable == path[0]) return SchemaNavigator.At(_loops[i].Items, path.Skip(1));
        return SchemaNavigator.At(_schema, path);
    }

    private IReadOnlyList<string> ChoicesOf(IReadOnlyList<string> path)
    {
        var schema = SchemaOf(path);
        if (SchemaNavigator.TypeOf(schema) == "array") schema = SchemaNavigator.Items(schema);
        return schema is { ValueKind: JsonValueKind.Object } s && s.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array
            ? values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];
    }

    private bool IsMultiline(IReadOnlyList<string> path)
    {
        var schema = SchemaOf(path);
        if (schema is not { ValueKind: JsonValueKind.Object } s) return true;
        if (s.TryGetProperty("enum", out _) || s.TryGetProperty("format", out _)) return false;
        return !s.TryGetProperty("maxLength", out var max) || !max.TryGetInt32(out var length) || length >= 100;
    }

    private static LoopBinding LoopOf(XElement wrapper) => wrapper.Annotation<Tag>() is { } tag ? TagMeaning.OfLoop(tag) : new LoopBinding("", []);

    private List<InlinePart> Inlines(XElement paragraph)
    {
        var parts = new List<InlinePart>();
        Inline(paragraph, parts);
        // Adjacent fixed text is one literal, so white space between runs is compared as one gap.
        var merged = new List<InlinePart>();
        foreach (var part in parts)
        {
            if (part is LiteralPart next && merged.Count > 0 && merged[^1] is LiteralPart previous) merged[^1] = new LiteralPart(previous.Text + next.Text) { Written = previous.Written + next.Written };
            else merged.Add(part);
        }
        return merged;
    }

    private void Inline(XElement element, List<InlinePart> parts)
    {
        foreach (var child in element.Elements())
        {
            if (_slots.TryGetValue(child, out var slot))
            {
                parts.Add(slot.Kind == SlotKind.Fixed && slot.FixedText is { } text ? new LiteralPart(text) { Written = "" } : new SlotPart(slot with { Choices = ChoicesOf(slot.Path), Multiline = IsMultiline(slot.Path) }));
                continue;
            }
            var name = child.Name;
            if (name == For)
            {
                var body = new List<InlinePart>();
                var loop = LoopOf(child);
                Enter(loop);
                Inline(child, body);
                _loops.RemoveAt(_loops.Count - 1);
                parts.Add(new InlineRepeatPart(loop, body));
            }
            else if (name == If || name == Case)
            {
                parts.AddRange(InlineChoice(child.Elements(Branch).ToList(), 0));
            }
            else if (name == T)
            {
                parts.Add(new LiteralPart(child.Value));
            }
            else if (name == W + "tab")
            {
                parts.Add(new LiteralPart("\t"));
            }
            else if (name == W + "br" && (string?)child.Attribute(W + "type") is null or "textWrapping")
            {
                parts.Add(new LiteralPart("\n"));
            }
            else if (name.LocalName is "pPr" or "rPr" or "del" or "delText" or "instrText" or "fldChar" or "drawing" or "pict" or "sym")
            {
                continue;
            }
            else
            {
                Inline(child, parts);
            }
        }
    }

    private static void CollectFixed(IEnumerable<PatternNode> nodes, List<FixedText> texts)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case ParagraphPattern p:
                    foreach (var literal in p.Parts.OfType<LiteralPart>())
                    {
                        var printed = TextCompare.Compact(literal.Text);
                        if (printed.Length >= 2) texts.Add(new FixedText(printed, TextCompare.Compact(literal.Written)));
                    }
                    break;
                case ContainerPattern c:
                    CollectFixed(c.Children, texts);
                    break;
                case RepeatPattern r:
                    CollectFixed(r.Body, texts);
                    break;
            }
        }
    }
}
