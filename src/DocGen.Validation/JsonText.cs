using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DocGen.Validation;

/// <summary>
/// Reads JSON strings even when they escape a lone surrogate (<c>"\uD800"</c>), which is valid JSON but
/// not valid UTF-16; System.Text.Json refuses to return such strings. Lone surrogates are dropped.
/// </summary>
public static class JsonText
{
    public static string Read(JsonElement element)
    {
        try
        {
            return element.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return Unescape(element.GetRawText());
        }
    }

    private static string Unescape(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        for (var i = 1; i < raw.Length - 1; i++)
        {
            var c = raw[i];
            if (c != '\\' || i + 1 >= raw.Length - 1)
            {
                sb.Append(c);
                continue;
            }
            var e = raw[++i];
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'u' when i + 4 < raw.Length && int.TryParse(raw.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    sb.Append((char)code);
                    i += 4;
                    break;
                default: sb.Append(e); break;
            }
        }
        // Keep only well-formed surrogate pairs.
        var clean = new StringBuilder(sb.Length);
        for (var i = 0; i < sb.Length; i++)
        {
            if (char.IsHighSurrogate(sb[i]) && i + 1 < sb.Length && char.IsLowSurrogate(sb[i + 1])) clean.Append(sb[i]).Append(sb[++i]);
            else if (!char.IsSurrogate(sb[i])) clean.Append(sb[i]);
        }
        return clean.ToString();
    }
}
