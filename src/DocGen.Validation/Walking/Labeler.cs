using System.Globalization;
using System.Text.Json;
using DocGen.Validation.Schema;

namespace DocGen.Validation.Walking;

/// <summary>
/// Finds the Chinese label of a data location. Titles may sit on the property, on the schema a <c>$ref</c>
/// points to, or only in the main properties when a rule in <c>then</c> mentions the field again.
/// </summary>
internal sealed class Labeler(SchemaIndex index)
{
    private const int MaxExpansion = 64;

    /// <summary>The title of a schema, following <c>$ref</c> when the schema itself has none.</summary>
    public string? TitleOf(JsonElement schema)
    {
        for (var hops = 0; hops < 16 && schema.ValueKind == JsonValueKind.Object; hops++)
        {
            if (schema.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String && title.GetString()!.Length > 0)
            {
                return title.GetString();
            }

            if (!schema.TryGetProperty("$ref", out var reference) || reference.ValueKind != JsonValueKind.String ||
                !index.TryResolve(reference.GetString()!, out schema))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The counter word for the items of an array schema (<c>x-unit</c>), following <c>$ref</c>.</summary>
    public string? UnitOf(JsonElement schema)
    {
        foreach (var node in Expand([schema]))
        {
            if (node.TryGetProperty("x-unit", out var unit) && unit.ValueKind == JsonValueKind.String && unit.GetString()!.Length > 0)
            {
                return unit.GetString();
            }
        }

        return null;
    }

    public static string ItemLabel(string arrayLabel, int index, string unit) =>
        $"{arrayLabel}第{(index + 1).ToString(CultureInfo.InvariantCulture)}{unit}";

    public string? LabelAt(string pointer) => TryResolve(pointer, out _, out var label) ? label : null;

    /// <summary>The counter word declared for the array at a data pointer, wherever along the way it was declared.</summary>
    public string? UnitAt(string pointer)
    {
        if (!TryResolve(pointer, out var nodes, out _))
        {
            return null;
        }

        foreach (var node in nodes)
        {
            if (node.TryGetProperty("x-unit", out var unit) && unit.ValueKind == JsonValueKind.String && unit.GetString()!.Length > 0)
            {
                return unit.GetString();
            }
        }

        return null;
    }

    private bool TryResolve(string pointer, out List<JsonElement> nodes, out string? label)
    {
        label = null;
        nodes = Expand([index.Root]);
        if (!JsonPointer.TryParse(pointer, out var segments))
        {
            return false;
        }

        label = FirstTitle(nodes);
        foreach (var segment in segments)
        {
            var children = new List<JsonElement>();
            string? unit = null;
            var isIndex = JsonPointer.TryIndex(segment, out var position);
            var viaItems = false;
            foreach (var node in nodes)
            {
                if (node.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object &&
                    properties.TryGetProperty(segment, out var property))
                {
                    children.Add(property);
                }
                else if (isIndex && node.TryGetProperty("items", out var items))
                {
                    children.Add(items);
                    viaItems = true;
                    if (unit is null && node.TryGetProperty("x-unit", out var u) && u.ValueKind == JsonValueKind.String)
                    {
                        unit = u.GetString();
                    }
                }
                else if (node.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object)
                {
                    children.Add(additional);
                }
            }

            if (children.Count == 0)
            {
                label = null;
                return false;
            }

            nodes = Expand(children);
            label = viaItems
                ? label is null ? null : ItemLabel(label, position, unit ?? "项")
                : FirstTitle(nodes);
        }

        return true;
    }

    private static string? FirstTitle(List<JsonElement> nodes)
    {
        foreach (var node in nodes)
        {
            if (node.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String && title.GetString()!.Length > 0)
            {
                return title.GetString();
            }
        }

        return null;
    }

    /// <summary>The schemas that speak about the same value: the given ones and what they reach through $ref, allOf, then and else.</summary>
    private List<JsonElement> Expand(List<JsonElement> start)
    {
        var result = new List<JsonElement>();
        var queue = new Queue<JsonElement>(start);
        while (queue.Count > 0 && result.Count < MaxExpansion)
        {
            var node = queue.Dequeue();
            if (node.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            result.Add(node);
            if (node.TryGetProperty("$ref", out var reference) && reference.ValueKind == JsonValueKind.String &&
                index.TryResolve(reference.GetString()!, out var target))
            {
                queue.Enqueue(target);
            }

            if (node.TryGetProperty("allOf", out var all) && all.ValueKind == JsonValueKind.Array)
            {
                foreach (var member in all.EnumerateArray())
                {
                    queue.Enqueue(member);
                }
            }

            foreach (var branch in (ReadOnlySpan<string>)["then", "else"])
            {
                if (node.TryGetProperty(branch, out var conditional))
                {
                    queue.Enqueue(conditional);
                }
            }
        }

        return result;
    }
}
