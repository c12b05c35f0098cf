using System.Text.Json.Nodes;
using DocGen.Validation.Schema;

namespace DocGen.Templates.Versions;

/// <summary>JSON pointers over mutable JSON, with <c>*</c> standing for every member of a list.</summary>
internal static class JsonPaths
{
    /// <summary>Chinese written as itself, not as \u escapes.</summary>
    public static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The pointer made of the first <paramref name="count"/> segments.</summary>
    public static string Prefix(string pointer, int count) => JsonPointer.Join(Segments(pointer).Take(count));

    /// <exception cref="FormatException"><paramref name="pointer"/> is not a JSON pointer.</exception>
    public static string[] Segments(string pointer) =>
        JsonPointer.TryParse(pointer, out var segments) ? [.. segments] : throw new FormatException($"\"{pointer}\" is not a JSON pointer");

    /// <summary>Every concrete pointer a pattern matches, with the list indexes its <c>*</c>s stood for.</summary>
    public static IEnumerable<(string Pointer, IReadOnlyList<string> Indexes)> Matches(JsonNode? root, string pattern)
    {
        IEnumerable<(JsonNode? Node, List<string> Path, List<string> Indexes)> current = [(root, [], [])];
        foreach (var segment in Segments(pattern))
        {
            current = current.SelectMany(c => Step(c.Node, segment).Select(s => (s.Node, c.Path.Append(s.Name).ToList(), segment == "*" ? c.Indexes.Append(s.Name).ToList() : c.Indexes))).ToList();
        }
        return current.Select(c => (JsonPointer.Join(c.Path), (IReadOnlyList<string>)c.Indexes));
    }

    private static IEnumerable<(JsonNode? Node, string Name)> Step(JsonNode? node, string segment)
    {
        if (segment == "*")
        {
            if (node is JsonArray array) for (var i = 0; i < array.Count; i++) yield return (array[i], i.ToString());
            yield break;
        }
        if (node is JsonObject obj && obj.ContainsKey(segment)) yield return (obj[segment], segment);
        else if (node is JsonArray list && int.TryParse(segment, out var index) && index >= 0 && index < list.Count) yield return (list[index], segment);
    }

    /// <summary>The target pattern with its <c>*</c>s replaced, in order, by the indexes a source match bound.</summary>
    public static string Substitute(string pattern, IReadOnlyList<string> indexes)
    {
        var next = 0;
        return JsonPointer.Join(Segments(pattern).Select(s => s == "*" && next < indexes.Count ? indexes[next++] : s));
    }

    /// <summary>Detaches and answers the value at a pointer (null when there is none).</summary>
    public static JsonNode? Remove(JsonNode? root, string pointer)
    {
        var segments = Segments(pointer);
        var parent = Find(root, segments[..^1]);
        var last = segments[^1];
        switch (parent)
        {
            case JsonObject obj when obj.ContainsKey(last):
                var value = obj[last];
                obj.Remove(last);
                return value;
            case JsonArray array when int.TryParse(last, out var index) && index >= 0 && index < array.Count:
                var item = array[index];
                array[index] = null; // later indexes keep their meaning while several members move
                return item?.DeepClone();
            default:
                return null;
        }
    }

    /// <summary>Puts a value at a pointer, making the objects and lists on the way.</summary>
    public static void Set(JsonNode root, string pointer, JsonNode? value)
    {
        var segments = Segments(pointer);
        var node = root;
        for (var i = 0; i < segments.Length; i++)
        {
            var isLast = i == segments.Length - 1;
            var nextIsIndex = !isLast && int.TryParse(segments[i + 1], out _);
            JsonNode? Make() => isLast ? value?.DeepClone() : nextIsIndex ? new JsonArray() : new JsonObject();
            if (node is JsonObject obj)
            {
                if (isLast || obj[segments[i]] is null) obj[segments[i]] = Make();
                node = obj[segments[i]]!;
            }
            else if (node is JsonArray array && int.TryParse(segments[i], out var index))
            {
                while (array.Count <= index) array.Add(null);
                if (isLast || array[index] is null) array[index] = Make();
                node = array[index]!;
            }
            else
            {
                return;
            }

            if (isLast) return;
        }
    }

    private static JsonNode? Find(JsonNode? node, IEnumerable<string> segments)
    {
        foreach (var segment in segments)
        {
            node = Step(node, segment).Select(s => s.Node).FirstOrDefault();
            if (node is null) return null;
        }
        return node;
    }

    /// <summary>True when the pointer holds a value that counts as an answer (not null, not blank, not an empty list).</summary>
    public static bool Has(JsonNode? root, string pointer) => Find(root, Segments(pointer)) switch
    {
        null => false,
        JsonValue v when v.TryGetValue<string>(out var s) => s.Trim().Length > 0,
        JsonArray a => a.Count > 0,
        _ => true,
    };

    /// <summary>Every value that is not an object or a list (and every empty object or list), with its pointer and its pointer with list indexes as <c>*</c>.</summary>
    public static IEnumerable<(string Pointer, string General, JsonNode? Value)> Leaves(JsonNode? node, string pointer = "", string general = "")
    {
        switch (node)
        {
            case JsonObject obj when obj.Count > 0:
                foreach (var (name, child) in obj.ToList())
                {
                    var segment = JsonPointer.Join([name]);
                    foreach (var leaf in Leaves(child, pointer + segment, general + segment)) yield return leaf;
                }
                break;
            case JsonArray array when array.Count > 0:
                for (var i = 0; i < array.Count; i++)
                    foreach (var leaf in Leaves(array[i], $"{pointer}/{i}", general + "/*")) yield return leaf;
                break;
            default:
                if (pointer.Length > 0) yield return (pointer, general, node);
                break;
        }
    }

    /// <summary>A data pointer with its list indexes as <c>*</c>, as schema fields are named (numeric segments are taken for indexes).</summary>
    public static string Generalize(string pointer) => JsonPointer.Join(Segments(pointer).Select(s => s.All(char.IsAsciiDigit) ? "*" : s));
}
