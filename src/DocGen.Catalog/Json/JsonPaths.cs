using System.Text.Json.Nodes;
using DocGen.Validation.Schema;

namespace DocGen.Templates.Json;

/// <summary>Reading and editing mutable JSON data at concrete JSON pointers (patterns with <c>*</c> are <see cref="PointerPattern"/>'s).</summary>
internal static class JsonPaths
{
    /// <summary>Chinese written as itself, not as \u escapes.</summary>
    public static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The pointer made of the first <paramref name="count"/> segments.</summary>
    public static string Prefix(string pointer, int count) => JsonPointer.Join(Segments(pointer).Take(count));

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
            case JsonArray array when JsonPointer.TryIndex(last, out var index) && index < array.Count:
                var item = array[index];
                array[index] = null; // later indexes keep their meaning while several members move
                return item?.DeepClone();
            default:
                return null;
        }
    }

    /// <summary>Puts a value at the place <paramref name="segments"/> lead to, making the objects and lists on the way.</summary>
    public static void Set(JsonNode root, IReadOnlyList<string> segments, JsonNode? value)
    {
        var node = root;
        for (var i = 0; i < segments.Count; i++)
        {
            var isLast = i == segments.Count - 1;
            var nextIsIndex = !isLast && JsonPointer.TryIndex(segments[i + 1], out _);
            JsonNode? Make() => isLast ? value?.DeepClone() : nextIsIndex ? new JsonArray() : new JsonObject();
            if (node is JsonObject obj)
            {
                if (isLast || obj[segments[i]] is null) obj[segments[i]] = Make();
                node = obj[segments[i]]!;
            }
            else if (node is JsonArray array && JsonPointer.TryIndex(segments[i], out var index))
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
                    foreach (var leaf in Leaves(child, JsonPointer.Append(pointer, name), JsonPointer.Append(general, name))) yield return leaf;
                }
                break;
            case JsonArray array when array.Count > 0:
                for (var i = 0; i < array.Count; i++)
                    foreach (var leaf in Leaves(array[i], JsonPointer.Append(pointer, i), general + "/" + PointerPattern.Star)) yield return leaf;
                break;
            default:
                if (pointer.Length > 0) yield return (pointer, general, node);
                break;
        }
    }

    /// <summary>
    /// A data pointer with its list indexes as <c>*</c>, as schema fields are named (numeric segments are taken for
    /// indexes). An escaped segment never holds a '/', so the pointer is split as written and anything is accepted.
    /// </summary>
    public static string Generalize(string pointer) =>
        string.Join('/', pointer.Split('/').Select(s => s.Length > 0 && s.All(char.IsAsciiDigit) ? PointerPattern.Star : s));

    /// <summary>The segments of a concrete pointer, taken as they are (a member name may end in a space).</summary>
    /// <exception cref="FormatException"><paramref name="pointer"/> is not a JSON pointer.</exception>
    public static string[] Segments(string pointer) =>
        JsonPointer.TryParse(pointer, out var segments) ? [.. segments] : throw new FormatException($"\"{pointer}\" is not a JSON pointer");

    /// <summary>The value at a concrete pointer; null when it is missing or null.</summary>
    /// <exception cref="FormatException"><paramref name="pointer"/> is not a JSON pointer.</exception>
    public static JsonNode? Find(JsonNode? root, string pointer) => Find(root, Segments(pointer));

    private static JsonNode? Find(JsonNode? node, IEnumerable<string> segments)
    {
        foreach (var segment in segments)
        {
            if (!PointerPattern.TryChild(node, segment, out node) || node is null) return null;
        }
        return node;
    }
}
