using System.Text.Json.Nodes;
using DocGen.Validation.Schema;

namespace DocGen.Templates.Computation;

/// <summary>A JSON pointer whose <c>*</c> segments stand for every member of an array or object.</summary>
internal sealed class PointerPattern
{
    private PointerPattern(string[] segments) => Segments = segments;

    public string[] Segments { get; }

    public int Stars => Segments.Count(s => s == "*");

    /// <exception cref="FormatException"><paramref name="pattern"/> is not a JSON pointer.</exception>
    public static PointerPattern Parse(string pattern) =>
        JsonPointer.TryParse(pattern.Trim(), out var segments) ? new([.. segments])
            : throw new FormatException($"\"{pattern}\" is not a JSON pointer such as /items/*/score");

    /// <summary>Every concrete match in the data: the node found and the member names the stars took.</summary>
    public IEnumerable<(JsonNode? Node, string[] Bindings, string Pointer)> Match(JsonNode? root, IReadOnlyList<string>? fixedBindings = null)
    {
        var results = new List<(JsonNode?, string[], string)>();
        Walk(root, 0, [], "", fixedBindings ?? [], results);
        return results;
    }

    private void Walk(JsonNode? node, int index, List<string> bindings, string pointer, IReadOnlyList<string> fixedBindings, List<(JsonNode?, string[], string)> results)
    {
        if (index == Segments.Length)
        {
            results.Add((node, [.. bindings], pointer.Length == 0 ? "" : pointer));
            return;
        }
        var segment = Segments[index];
        if (segment == "*")
        {
            var star = bindings.Count;
            IEnumerable<(string Key, JsonNode? Child)> members = node switch
            {
                JsonArray array => array.Select((child, i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), child)),
                JsonObject obj => obj.Select(kv => (kv.Key, kv.Value)),
                _ => [],
            };
            foreach (var (key, child) in members)
            {
                if (star < fixedBindings.Count && fixedBindings[star] != key) continue;
                bindings.Add(key);
                Walk(child, index + 1, bindings, JsonPointer.Append(pointer, key), fixedBindings, results);
                bindings.RemoveAt(bindings.Count - 1);
            }
            return;
        }
        var next = node switch
        {
            JsonObject obj => obj.TryGetPropertyValue(segment, out var value) ? value : null,
            JsonArray array when int.TryParse(segment, out var i) && i >= 0 && i < array.Count => array[i],
            _ => null,
        };
        // A missing member still matches (as absent), so a target field can be created under an existing parent.
        if (next is null && index < Segments.Length - 1) return;
        Walk(next, index + 1, bindings, JsonPointer.Append(pointer, segment), fixedBindings, results);
    }

    /// <summary>The pattern with its first stars replaced by the given member names.</summary>
    public string[] Bind(IReadOnlyList<string> bindings)
    {
        var result = (string[])Segments.Clone();
        var used = 0;
        for (var i = 0; i < result.Length && used < bindings.Count; i++)
            if (result[i] == "*") result[i] = bindings[used++];
        return result;
    }
}
