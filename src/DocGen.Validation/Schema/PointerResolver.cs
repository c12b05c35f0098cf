using System.Text.Json;

namespace DocGen.Validation.Schema;

/// <summary>
/// Resolves many RFC 6901 pointers into one document. <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/>
/// scans its object member by member, so an uploaded schema with tens of thousands of <c>$ref</c>s into one large
/// <c>$defs</c> would cost the square of its size (60,000 references: minutes). Each object or array on the way is
/// indexed once, the first time a pointer passes through it.
/// </summary>
internal sealed class PointerResolver(JsonElement root)
{
    private readonly Dictionary<string, Dictionary<string, JsonElement>> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement[]> _items = new(StringComparer.Ordinal);

    public bool TryResolve(string pointer, out JsonElement target)
    {
        target = root;
        if (!JsonPointer.TryParse(pointer, out var segments))
        {
            return false;
        }

        var at = "";
        foreach (var segment in segments)
        {
            switch (target.ValueKind)
            {
                case JsonValueKind.Object when MembersOf(at, target).TryGetValue(segment, out var member):
                    target = member;
                    break;
                case JsonValueKind.Array when JsonPointer.TryIndex(segment, out var index) && ItemsOf(at, target) is { } array && index < array.Length:
                    target = array[index];
                    break;
                default:
                    return false;
            }

            at = JsonPointer.Append(at, segment);
        }

        return true;
    }

    private Dictionary<string, JsonElement> MembersOf(string at, JsonElement value)
    {
        if (!_members.TryGetValue(at, out var found))
        {
            // A repeated name resolves to its last occurrence, as TryGetProperty does.
            found = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var member in value.EnumerateObject())
            {
                found[member.Name] = member.Value;
            }

            _members[at] = found;
        }

        return found;
    }

    private JsonElement[] ItemsOf(string at, JsonElement value)
    {
        if (!_items.TryGetValue(at, out var found))
        {
            _items[at] = found = [.. value.EnumerateArray()];
        }

        return found;
    }
}
