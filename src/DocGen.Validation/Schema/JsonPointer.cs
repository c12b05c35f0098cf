using System.Text;
using System.Text.Json;

namespace DocGen.Validation.Schema;

/// <summary>RFC 6901 pointers, used both for data locations and for places in the schema.</summary>
internal static class JsonPointer
{
    public static string Escape(string segment)
    {
        if (segment.IndexOfAny(['~', '/']) < 0)
        {
            return segment;
        }

        // '~' first, otherwise the '~1' produced for '/' would be escaped again.
        return segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
    }

    public static string Append(string pointer, string segment) => pointer + "/" + Escape(segment);

    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

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
