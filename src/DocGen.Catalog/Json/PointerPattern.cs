using System.Globalization;
using System.Text.Json.Nodes;
using DocGen.Validation.Schema;

namespace DocGen.Templates.Json;

/// <summary>
/// A JSON pointer whose <c>*</c> segments stand for every member of a list or an object, walked over data: the
/// fields a computation reads and writes (form.yaml <c>computations</c>) and the fields a later version moves
/// (form.yaml <c>migrate</c>) are found the same way.
/// </summary>
internal sealed class PointerPattern
{
    public const string Star = "*";

    private PointerPattern(string[] segments) => Segments = segments;

    public string[] Segments { get; }

    /// <exception cref="FormatException"><paramref name="pattern"/> is not a JSON pointer.</exception>
    public static PointerPattern Parse(string pattern) =>
        JsonPointer.TryParse(pattern.Trim(), out var segments) ? new([.. segments])
            : throw new FormatException($"\"{pattern}\" is not a JSON pointer such as /items/*/score");

    /// <summary>
    /// Every concrete match in the data, in document order. The first stars take only the member names in
    /// <paramref name="fixedBindings"/>. A last member that is missing still matches (<see cref="PointerMatch.Exists"/>
    /// false), so a field can be written under a parent that exists; a missing member on the way does not.
    /// </summary>
    public IReadOnlyList<PointerMatch> Match(JsonNode? root, IReadOnlyList<string>? fixedBindings = null)
    {
        var results = new List<PointerMatch>();
        Walk(root, exists: true, 0, [], "", fixedBindings ?? [], results);
        return results;
    }

    /// <summary>The segments with the first stars replaced, in order, by the given member names.</summary>
    public string[] Bind(IReadOnlyList<string> bindings)
    {
        var result = (string[])Segments.Clone();
        var used = 0;
        for (var i = 0; i < result.Length && used < bindings.Count; i++)
        {
            if (result[i] == Star)
            {
                result[i] = bindings[used++];
            }
        }

        return result;
    }

    /// <summary>The member <paramref name="segment"/> of an object, or the item it numbers in a list; false when there is none.</summary>
    public static bool TryChild(JsonNode? node, string segment, out JsonNode? child)
    {
        child = null;
        switch (node)
        {
            case JsonObject obj:
                return obj.TryGetPropertyValue(segment, out child);
            case JsonArray array when JsonPointer.TryIndex(segment, out var index) && index < array.Count:
                child = array[index];
                return true;
            default:
                return false;
        }
    }

    private void Walk(JsonNode? node, bool exists, int index, List<string> bindings, string pointer, IReadOnlyList<string> fixedBindings, List<PointerMatch> results)
    {
        if (index == Segments.Length)
        {
            results.Add(new PointerMatch(node, [.. bindings], pointer, exists));
            return;
        }

        var segment = Segments[index];
        if (segment == Star)
        {
            var star = bindings.Count;
            IEnumerable<(string Key, JsonNode? Child)> members = node switch
            {
                JsonArray array => array.Select((child, i) => (i.ToString(CultureInfo.InvariantCulture), child)),
                JsonObject obj => obj.Select(member => (member.Key, member.Value)),
                _ => [],
            };
            foreach (var (key, child) in members)
            {
                if (star < fixedBindings.Count && fixedBindings[star] != key)
                {
                    continue;
                }

                bindings.Add(key);
                Walk(child, exists: true, index + 1, bindings, JsonPointer.Append(pointer, key), fixedBindings, results);
                bindings.RemoveAt(bindings.Count - 1);
            }

            return;
        }

        var found = TryChild(node, segment, out var next);
        if (next is null && index < Segments.Length - 1)
        {
            return;
        }

        Walk(next, found, index + 1, bindings, JsonPointer.Append(pointer, segment), fixedBindings, results);
    }
}
