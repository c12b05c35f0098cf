using System.Globalization;
using System.Text.Json;
using DocGen.Templates.Binding;
using DocGen.Templates.Syntax;

namespace DocGen.Templates.Extraction;

/// <summary>
/// The one place that knows the tag language on the reading side: which field a value tag prints and with
/// which formatter, and what a loop repeats over. Everything else in extraction works on fixed text and
/// document structure.
/// </summary>
internal static class TagMeaning
{
    public static FieldSlot OfValue(Tag tag, JsonElement constants)
    {
        if (tag is not ValueTag value) return new FieldSlot(SlotKind.Fixed, []) { FixedText = "" };
        if (value.Value is not PathExpression path)
        {
            var literal = value.Value is LiteralExpression l ? DataValue.FromLiteral(l.Value).AsText() : "";
            return new FieldSlot(SlotKind.Fixed, []) { FixedText = literal };
        }
        var segments = path.Segments;
        var kind = SlotKind.Text;
        string? argument = null;
        string? fallback = null;
        foreach (var filter in value.Filters)
        {
            switch (filter.Name)
            {
                case "paragraphs": kind = SlotKind.Paragraphs; break;
                case "number": kind = SlotKind.Number; break;
                case "date":
                    kind = SlotKind.Date;
                    argument = filter.Arguments.Count > 0 ? (string)filter.Arguments[0] : "day";
                    break;
                case "check":
                    kind = SlotKind.Check;
                    argument = filter.Arguments.Count > 0 ? LiteralText(filter.Arguments[0]) : null;
                    break;
                case "image": kind = SlotKind.Image; break;
                case "join":
                    kind = SlotKind.Join;
                    argument = filter.Arguments.Count > 0 ? (string)filter.Arguments[0] : "、";
                    break;
                case "default": fallback = (string)filter.Arguments[0]; break;
            }
        }
        if (segments[0] == "loop") return new FieldSlot(SlotKind.Fixed, segments);
        if (segments[0] == "form")
        {
            var constant = Walk(constants, segments.Skip(1));
            var text = constant is { } c ? DataValue.From(c).AsText() : "";
            return new FieldSlot(SlotKind.Fixed, segments) { FixedText = text.Length == 0 && fallback is not null ? fallback : text };
        }
        return new FieldSlot(kind, segments, argument, fallback);
    }

    public static LoopBinding OfLoop(Tag tag) =>
        tag is ForTag loop ? new LoopBinding(loop.Variable, loop.Source.Segments) : new LoopBinding("", []);

    private static string LiteralText(object literal) => literal switch
    {
        double d => d.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => literal.ToString() ?? "",
    };

    private static JsonElement? Walk(JsonElement element, IEnumerable<string> segments)
    {
        foreach (var segment in segments)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(segment, out element)) return null;
        }
        return element;
    }
}
