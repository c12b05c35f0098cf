using System.Globalization;
using System.Text.Json;
using DocGen.Templates.Scripting;
using Scriban.Syntax;

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
        var source = value.Expression is ScriptPipeCall pipe ? pipe.From : value.Expression;
        var stages = value.Expression is ScriptPipeCall piped ? ScriptPath.Stages(piped.To).ToList() : [];
        if (source is ScriptLiteral literal) return new FieldSlot(SlotKind.Fixed, []) { FixedText = LiteralText(literal.Value) };
        // A computed value (for.index + 1, arithmetic) prints text that is not a field: read over, not into the data.
        if (!ScriptPath.TryRead(source, out var segments) || segments.Count == 0) return new FieldSlot(SlotKind.Fixed, []);
        var kind = SlotKind.Text;
        string? argument = null;
        string? fallback = null;
        foreach (var stage in stages)
        {
            var call = stage as ScriptFunctionCall;
            var first = call?.Arguments.Count > 0 && call.Arguments[0] is ScriptLiteral { Value: { } given } ? given : null;
            switch (call?.Target)
            {
                case ScriptLiteral { Value: DocGenFunction function }:
                    switch (function.Name)
                    {
                        case "paragraphs": kind = SlotKind.Paragraphs; break;
                        case "number": kind = SlotKind.Number; break;
                        case "date":
                            kind = SlotKind.Date;
                            argument = first as string ?? "day";
                            break;
                        case "check":
                            kind = SlotKind.Check;
                            argument = first is null ? null : LiteralText(first);
                            break;
                        case "image": kind = SlotKind.Image; break;
                        case "default": fallback = first as string; break;
                    }
                    break;
                case ScriptLiteral { Value: var builtin } when ReferenceEquals(builtin, ScriptBuiltins.Function("array", "join")):
                    kind = SlotKind.Join;
                    argument = first as string ?? "、";
                    break;
                default:
                    return new FieldSlot(SlotKind.Fixed, segments); // a builtin changed the text: it cannot be read back
            }
        }
        if (segments[0] == "for") return new FieldSlot(SlotKind.Fixed, segments);
        if (segments[0] == "form")
        {
            var constant = Walk(constants, segments.Skip(1));
            var text = constant is { } c ? ConstantText(c) : "";
            return new FieldSlot(SlotKind.Fixed, segments) { FixedText = text.Length == 0 && fallback is not null ? fallback : text };
        }
        return new FieldSlot(kind, segments, argument, fallback);
    }

    public static LoopBinding OfLoop(Tag tag) =>
        tag is ForTag loop && ScriptPath.TryRead(loop.Source, out var source) ? new LoopBinding(loop.Variable, source) : new LoopBinding("", []);

    private static string LiteralText(object? literal) => literal switch
    {
        null => "",
        bool b => b ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => literal.ToString() ?? "",
    };

    private static string ConstantText(JsonElement constant) => constant.ValueKind switch
    {
        JsonValueKind.String => constant.GetString() ?? "",
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => new ScriptContext(default, default).Text(ScriptData.From(constant)),
        _ => "",
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
