using System.Text;

namespace DocGen.Templates.Rendering;

/// <summary>Writes data text into WordprocessingML safely: escaped, and without characters XML 1.0 forbids (control characters, lone surrogates), so no input can make an invalid document.</summary>
internal static class XmlText
{
    public static void AppendEscaped(StringBuilder output, ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '&': output.Append("&amp;"); break;
                case '"': output.Append("&quot;"); break;
                default:
                    if (char.IsHighSurrogate(c))
                    {
                        if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        {
                            output.Append(c).Append(text[++i]);
                        }
                    }
                    else if (char.IsLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r'))
                    {
                        // dropped: not representable in XML 1.0
                    }
                    else
                    {
                        output.Append(c);
                    }
                    break;
            }
        }
    }

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        AppendEscaped(sb, text);
        return sb.ToString();
    }
}
