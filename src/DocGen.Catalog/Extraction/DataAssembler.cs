using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DocGen.Templates.Extraction;

/// <summary>
/// Walks an alignment and writes what the slots captured into the form's JSON: each repetition of a loop is an
/// item of its array (the n-th repetition of a loop that prints the same array twice fills the same item), a
/// repetition left blank is no item, and blocks the form does not have are collected as unmatched text.
/// </summary>
internal sealed class DataAssembler
{
    private sealed class Holder(JsonElement? schema)
    {
        public JsonObject Object { get; } = new();
        public JsonNode? Scalar { get; set; }
        public JsonElement? Schema { get; } = schema;
        public bool HasContent => Scalar is not null || Object.Count > 0;
    }

    private readonly Holder _root;
    private readonly List<(string Variable, Holder Holder)> _frames = [];
    private readonly Dictionary<(RepeatPattern Pattern, Holder Parent), int> _iterations = new();
    private readonly Dictionary<(InlineRepeatPart Part, Holder Parent), int> _inlineIterations = new();

    public DataAssembler(JsonElement schema) => _root = new Holder(schema);

    public List<UnmatchedText> Unmatched { get; } = [];

    public JsonObject Data => _root.Object;

    public void Walk(Trail trail)
    {
        var steps = trail.Steps.ToList();
        var open = new Stack<(RepeatPattern Pattern, Holder Parent, IReadOnlyList<string> Source, Holder Item)>();
        for (var s = 0; s < steps.Count; s++)
        {
            switch (steps[s])
            {
                case ParagraphStep paragraph:
                    var more = new List<DocParagraph>();
                    while (s + 1 < steps.Count && steps[s + 1] is ContinuationStep continuation)
                    {
                        more.Add(continuation.Paragraph);
                        s++;
                    }
                    Read(paragraph, more);
                    break;
                case ContainerStep container:
                    Walk(container.Inner);
                    break;
                case IterationStartStep start:
                    var (parent, source) = Resolve(start.Pattern.Loop.Source);
                    var item = new Holder(SchemaNavigator.Items(SchemaNavigator.At(parent.Schema, source)));
                    open.Push((start.Pattern, parent, source, item));
                    _frames.Add((start.Pattern.Loop.Variable, item));
                    break;
                case IterationEndStep when open.Count > 0:
                    var ended = open.Pop();
                    _frames.RemoveAt(_frames.Count - 1);
                    if (!ended.Item.HasContent) break;
                    var key = (ended.Pattern, ended.Parent);
                    var index = _iterations.GetValueOrDefault(key);
                    _iterations[key] = index + 1;
                    Commit(ended.Parent, ended.Source, ended.Item, index);
                    break;
                case ContinuationStep stray:
                    Collect(stray.Paragraph);
                    break;
                case UnmatchedStep unmatched:
                    Collect(unmatched.Node);
                    break;
            }
        }
    }

    private void Commit(Holder parent, IReadOnlyList<string> source, Holder item, int index)
    {
        if (source.Count == 0) return;
        var array = Container(parent.Object, source, create: true) is { } target && target[source[^1]] is JsonArray existing
            ? existing
            : SetNew(parent.Object, source, new JsonArray());
        if (array is null) return;
        if (index < array.Count)
        {
            if (array[index] is JsonObject into && item.Scalar is null)
            {
                foreach (var (name, value) in item.Object.ToList())
                {
                    item.Object.Remove(name);
                    if (into[name] is null) into[name] = value;
                }
            }

            return;
        }
        array.Add(item.Scalar ?? item.Object);
    }

    private static JsonArray? SetNew(JsonObject root, IReadOnlyList<string> path, JsonArray array)
    {
        var container = Container(root, path, create: true);
        if (container is null) return null;
        container[path[^1]] = array;
        return array;
    }

    private void Read(ParagraphStep step, IReadOnlyList<DocParagraph> more)
    {
        if (step.LoneText is { } lone)
        {
            Bind(step.Pattern.LoneSlot!, Joined(lone, more), step.Paragraph, -1);
            return;
        }
        if (step.Match is not { } match) return;
        var slots = step.Pattern.Slots;
        var lastText = slots.LastOrDefault(s => s.Repeat is null && s.Slot.Kind is SlotKind.Text or SlotKind.Paragraphs);
        foreach (var group in slots.Where(s => s.Repeat is null))
        {
            var captured = match.Groups[group.Group];
            var text = captured.Success ? captured.Value : "";
            if (group == lastText && step.Pattern.Absorbs) text = Joined(text, more);
            Bind(group.Slot, text, step.Paragraph, captured.Success ? captured.Index : -1);
        }
        foreach (var repeat in slots.Where(s => s.Repeat is not null).GroupBy(s => s.Repeat!))
            ReadInlineRepeat(repeat.Key, [.. repeat], match, step.Paragraph);
    }

    private void ReadInlineRepeat(InlineRepeatPart part, IReadOnlyList<SlotGroup> groups, Match match, DocParagraph paragraph)
    {
        var count = groups.Max(g => match.Groups[g.Group].Captures.Count);
        var (parent, source) = Resolve(part.Loop.Source);
        for (var c = 0; c < count; c++)
        {
            var holder = new Holder(SchemaNavigator.Items(SchemaNavigator.At(parent.Schema, source)));
            _frames.Add((part.Loop.Variable, holder));
            foreach (var group in groups)
            {
                var captures = match.Groups[group.Group].Captures;
                if (c < captures.Count) Bind(group.Slot, captures[c].Value, paragraph, captures[c].Index);
            }
            _frames.RemoveAt(_frames.Count - 1);
            if (!holder.HasContent) continue;
            var key = (part, parent);
            var index = _inlineIterations.GetValueOrDefault(key);
            _inlineIterations[key] = index + 1;
            Commit(parent, source, holder, index);
        }
    }

    private static string Joined(string first, IReadOnlyList<DocParagraph> more) =>
        more.Count == 0 ? first : string.Join('\n', more.Select(p => p.Text).Prepend(first));

    private void Bind(FieldSlot slot, string text, DocParagraph paragraph, int index)
    {
        if (slot.Kind == SlotKind.Fixed || slot.Path.Count == 0) return;
        var (holder, path) = Resolve(slot.Path);
        var schema = SchemaNavigator.At(holder.Schema, path);
        JsonNode? value;
        switch (slot.Kind)
        {
            case SlotKind.Check:
                var ticked = text.Length > 0 && TextCompare.IsTicked(text[0]);
                if (SchemaNavigator.TypeOf(schema) == "array")
                {
                    if (path.Count == 0 || Container(holder.Object, path, create: true) is not { } target) return;
                    if (target[path[^1]] is not JsonArray chosen) target[path[^1]] = chosen = new JsonArray();
                    if (ticked) chosen.Add(ValueReader.Choice(slot.Argument, SchemaNavigator.Items(schema)));
                    return;
                }
                if (slot.Argument is null) value = JsonValue.Create(ticked);
                else if (!ticked) return;
                else value = ValueReader.Choice(slot.Argument, schema);
                break;
            case SlotKind.Image:
                if (paragraph.ImageAt(index) is not { } image) return;
                value = ValueReader.Image(image, schema);
                break;
            default:
                value = ValueReader.Read(slot, text, schema);
                break;
        }
        if (value is null) return;
        if (path.Count == 0)
        {
            holder.Scalar ??= value;
            return;
        }
        var container = Container(holder.Object, path, create: true);
        if (container is null) return;
        // A yes/no box printed unticked says "no" only until a ticked one says otherwise; any other value is read once.
        if (container[path[^1]] is null || (container[path[^1]] is JsonValue v && v.GetValueKind() == JsonValueKind.False && value.GetValueKind() == JsonValueKind.True))
            container[path[^1]] = value;
    }

    /// <summary>The holder a path starts from (a loop's item, or the data root) and the rest of the path.</summary>
    private (Holder Holder, IReadOnlyList<string> Path) Resolve(IReadOnlyList<string> path)
    {
        for (var f = _frames.Count - 1; f >= 0; f--)
            if (_frames[f].Variable == path[0]) return (_frames[f].Holder, path.Skip(1).ToList());
        return (_root, path);
    }

    private static JsonObject? Container(JsonObject root, IReadOnlyList<string> path, bool create)
    {
        var current = root;
        for (var i = 0; i < path.Count - 1; i++)
        {
            if (current[path[i]] is JsonObject next)
            {
                current = next;
            }
            else if (current[path[i]] is null && create)
            {
                var created = new JsonObject();
                current[path[i]] = created;
                current = created;
            }
            else
            {
                return null;
            }
        }
        return current;
    }

    private void Collect(DocNode node)
    {
        switch (node)
        {
            case DocParagraph { IsBlank: false } paragraph:
                Unmatched.Add(new UnmatchedText(paragraph.Location, paragraph.Text.Trim()));
                break;
            case DocContainer container:
                foreach (var child in container.Children) Collect(child);
                break;
        }
    }
}
