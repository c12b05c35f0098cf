namespace DocGen.Authoring.Parsing;

/// <summary>Reads the <c>{key=value,flag}</c> lists that directives, cells and rows carry.</summary>
internal static class OptionReader
{
    /// <summary>
    /// True when <paramref name="text"/> has an option list at <paramref name="start"/>. A <c>{{</c> is a
    /// template tag, never options, so cell text may start with a tag.
    /// </summary>
    public static bool StartsOptions(string text, int start) =>
        start < text.Length && text[start] == '{' && (start + 1 >= text.Length || text[start + 1] != '{');

    /// <summary>Reads the list starting at <paramref name="start"/>; <paramref name="end"/> is just past its <c>}</c>.</summary>
    public static IReadOnlyList<OptionItem>? Read(string text, int start, out int end, out string? error)
    {
        var close = text.IndexOf('}', start + 1);
        if (close < 0)
        {
            end = text.Length;
            error = "options are missing their closing }";
            return null;
        }

        end = close + 1;
        error = null;
        var items = new List<OptionItem>();
        // A full-width comma is what a Chinese input method types, so it separates options too.
        foreach (var part in text[(start + 1)..close].Split([',', '，']))
        {
            var entry = part.Trim(' ', '\t');
            if (entry.Length == 0)
            {
                continue;
            }

            var equals = entry.IndexOf('=');
            items.Add(equals < 0
                ? new OptionItem(entry, null)
                : new OptionItem(entry[..equals].Trim(' ', '\t'), entry[(equals + 1)..].Trim(' ', '\t')));
        }

        return items;
    }
}
