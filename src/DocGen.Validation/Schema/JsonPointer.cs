using System.Text;
using System.Text.Json;

namespace DocGen.Validation.Schema;

/// <summary>
/// RFC 6901 pointers (<c>/company/name</c>, <c>/projects/0</c>, <c>~1</c> for '/' and <c>~0</c> for '~' in a
/// name): data locations, places in a schema, computed fields, batch file names. Every pointer DocGen reads is
/// read here.
/// </summary>
public static class JsonPointer
{
    /// <summary>A member name as a pointer segment.</summary>
    public static string Escape(string segment)
    {
        if (segment.IndexOfAny(['~', '/']) < 0)
        {
            return segment;
        }

        // '~' first, otherwise the '~1' produced for '/' would be escaped again.
        return segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
    }

    /// <summary>The pointer to member <paramref name="segment"/> of what <paramref name="pointer"/> points to.</summary>
    public static string Append(string pointer, string segment) => pointer + "/" + Escape(segment);

    /// <summary>The pointer to item <paramref name="index"/> of the list <paramref name="pointer"/> points to.</summary>
    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The pointer made of <paramref name="segments"/>, each escaped.</summary>
    public static string Join(IEnumerable<string> segments) => string.Concat(segments.Select(s => "/" + Escape(s)));

    /// <summary>The unescaped segments of <paramref name="pointer"/>; false when it is not a pointer (no leading '/', a '~' not followed by 0 or 1).</summary>
    public static bool TryParse(string pointer, out List<string> segments)
    {
        segments = [];
        if (pointer.Length == 0)
        {
            return true;
        }

        if (pointer[0] != '/')
        {
            return false;
        }

        foreach (var raw in pointer[1..].Split('/'))
        {
            if (!TryUnescape(raw, out var segment))
            {
                return false;
            }

            segments.Add(segment);
        }

        return true;
    }

    /// <summary>The value <paramref name="pointer"/> points to in <paramref name="root"/>; false when it is missing or the pointer is not one.</summary>
    public static bool TryResolve(JsonElement root, string pointer, out JsonElement target)
    {
        target = root;
        return TryParse(pointer, out var segments) && TryResolve(root, segments, out target);
    }

    /// <summary>The member or item that <paramref name="segments"/> lead to from <paramref name="root"/>; false when one is missing.</summary>
    public static bool TryResolve(JsonElement root, IEnumerable<string> segments, out JsonElement target)
    {
        target = root;
        foreach (var segment in segments)
        {
            switch (target.ValueKind)
            {
                case JsonValueKind.Object when target.TryGetProperty(segment, out var child):
                    target = child;
                    break;
                case JsonValueKind.Array when TryIndex(segment, out var index) && index < target.GetArrayLength():
                    target = target[index];
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>RFC 6901 array index: digits without leading zeros.</summary>
    public static bool TryIndex(string segment, out int index)
    {
        index = -1;
        if (segment.Length == 0 || segment.Length > 9 || (segment.Length > 1 && segment[0] == '0'))
        {
            return false;
        }

        foreach (var c in segment)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        index = int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    private static bool TryUnescape(string raw, out string segment)
    {
        if (raw.IndexOf('~') < 0)
        {
            segment = raw;
            return true;
        }

        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '~')
            {
                builder.Append(raw[i]);
                continue;
            }

            if (i + 1 >= raw.Length || raw[i + 1] is not ('0' or '1'))
            {
                segment = raw;
                return false;
            }

            builder.Append(raw[i + 1] == '0' ? '~' : '/');
            i++;
        }

        segment = builder.ToString();
        return true;
    }
}
