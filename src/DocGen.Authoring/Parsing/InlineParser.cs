using System.Text;
using DocGen.Authoring.Model;

namespace DocGen.Authoring.Parsing;

/// <summary>
/// Splits paragraph or cell text into runs: <c>**bold**</c>, <c>__underline__</c>, <c>\n</c>, escapes, and
/// template tags, which are copied whole so that a tag always ends up in exactly one run.
/// </summary>
internal static class InlineParser
{
    public static IReadOnlyList<Inline> Parse(string text, int line, List<AuthoringError> errors)
    {
        var result = new List<Inline>();
        var pending = new StringBuilder();
        var bold = false;
        var underline = false;

        void Flush()
        {
            if (pending.Length > 0)
            {
                result.Add(new Inline(InlineKind.Text, pending.ToString(), bold, underline));
                pending.Clear();
            }
        }

        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                switch (text[i + 1])
                {
                    case 'n':
                        Flush();
                        result.Add(Inline.LineBreak);
                        i += 2;
                        continue;
                    case '|' or '\\':
                        pending.Append(text[i + 1]);
                        i += 2;
                        continue;
                }

                pending.Append(c);
                i++;
                continue;
            }

            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                var close = text.IndexOf("}}", i + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    errors.Add(new AuthoringError(line, $"template tag is not closed: \"{Shorten(text[i..])}\" has no }}}}"));
                    pending.Append(text, i, text.Length - i);
                    break;
                }

                Flush();
                result.Add(new Inline(InlineKind.Tag, text[i..(close + 2)], bold, underline));
                i = close + 2;
                continue;
            }

            if (c is '*' or '_')
            {
                // Only a pair is a mark: a run such as "_____" is the blank line of a printed form.
                var run = 1;
                while (i + run < text.Length && text[i + run] == c)
                {
                    run++;
                }

                if (run == 2)
                {
                    Flush();
                    if (c == '*')
                    {
                        bold = !bold;
                    }
                    else
                    {
                        underline = !underline;
                    }
                }
                else
                {
                    pending.Append(c, run);
                }

                i += run;
                continue;
            }

            pending.Append(c);
            i++;
        }

        Flush();
        if (bold)
        {
            errors.Add(new AuthoringError(line, "** (bold) is opened but not closed"));
        }

        if (underline)
        {
            errors.Add(new AuthoringError(line, "__ (underline) is opened but not closed"));
        }

        return result;
    }

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
