using System.Text;

namespace DocGen.Validation.Text;

/// <summary>Counts "字" the way the notices mean it.</summary>
internal static class TextLength
{
    /// <summary>
    /// Unicode code points without CR and LF: a 300-字 limit is about the words, and the line breaks an
    /// applicant adds between paragraphs (one or two characters depending on the editor) must not count.
    /// </summary>
    public static int Count(string text)
    {
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is not ('\r' or '\n'))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A short rendering of a value for a message, so a 2 MB string does not end up in an error list.</summary>
    public static string Clip(string text, int max = 30)
    {
        var builder = new StringBuilder();
        var taken = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (taken == max)
            {
                return builder.Append('…').ToString();
            }

            builder.Append(rune.Value is '\r' or '\n' ? " " : rune.ToString());
            taken++;
        }

        return builder.ToString();
    }
}
