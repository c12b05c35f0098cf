using DocGen.Templates.Inspection;

namespace DocGen.Api.Templates;

/// <summary>
/// Finds the page each tag is on in the template itself as laid out (tags showing as text), from the text of the
/// template's PDF pages (whitespace left out, since lines wrap anywhere).
/// </summary>
/// <remarks>
/// The text of a page does not come in document order: table cells come column by column, text boxes where they
/// float, and a tag in a narrow cell or beside a line of wide spaces is cut into pieces with other text between
/// them. Pages do come in order. So, first, a tag whose text shows exactly as often as the body has places for it
/// gets its pages in order, wherever on the page each shows. Then every other body tag is looked for between the
/// pages of the tags around it, skipping places already given: by its whole text, else by its longest beginning.
/// A header's or footer's tag is on every page of its section: it gets the first page that shows it.
/// </remarks>
internal static class TagPages
{
    /// <summary>The shortest beginning of a tag worth looking for: <c>{{</c> and a few letters of its name.</summary>
    private const int ShortestBeginning = 6;

    /// <returns>The page (from 1) of each place, in the order given; null for tags not found.</returns>
    public static int?[] Find(IReadOnlyList<TagPlace> places, IReadOnlyList<string> pageTexts)
    {
        var pages = new int?[places.Count];
        var compact = pageTexts.Select(Compact).ToList();
        if (compact.Count == 0) return pages;
        var starts = new int[compact.Count + 1];
        for (var i = 0; i < compact.Count; i++) starts[i + 1] = starts[i] + compact[i].Length;
        var text = string.Concat(compact);
        var needles = places.Select(p => Compact(p.Tag)).ToArray();
        var body = Enumerable.Range(0, places.Count)
            .Where(i => needles[i].Length > 0 && places[i].Location.StartsWith("word/document.xml", StringComparison.Ordinal)).ToList();
        var taken = new HashSet<int>();

        foreach (var group in body.GroupBy(i => needles[i]))
        {
            var shown = Occurrences(text, group.Key).ToList();
            if (shown.Count != group.Count()) continue;
            foreach (var (place, at) in group.Zip(shown))
            {
                taken.Add(at);
                pages[place] = PageOf(starts, at) + 1;
            }
        }

        var last = compact.Count - 1;
        var from = 0;
        for (var b = 0; b < body.Count; b++)
        {
            var place = body[b];
            if (pages[place] is { } known)
            {
                from = known - 1;
                continue;
            }
            var to = Math.Max(from, body.Skip(b + 1).Select(i => pages[i]).FirstOrDefault(p => p is not null) - 1 ?? last);
            var (low, high) = (starts[from], starts[to + 1]);
            var at = Free(text, needles[place], low, high, taken);
            for (var length = needles[place].Length - 1; at < 0 && length >= ShortestBeginning; length--)
                at = Free(text, needles[place][..length], low, high, taken);
            if (at < 0) continue;
            taken.Add(at);
            from = PageOf(starts, at);
            pages[place] = from + 1;
        }

        var inBody = body.ToHashSet();
        for (var i = 0; i < places.Count; i++)
        {
            if (needles[i].Length == 0 || inBody.Contains(i)) continue;
            pages[i] = compact.FindIndex(p => p.Contains(needles[i], StringComparison.Ordinal)) is var page and >= 0 ? page + 1 : null;
        }
        return pages;
    }

    /// <summary>The places of <paramref name="needle"/> in <paramref name="text"/> from <paramref name="from"/> on, each after the end of the one before.</summary>
    private static IEnumerable<int> Occurrences(string text, string needle, int from = 0)
    {
        for (var at = text.IndexOf(needle, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + needle.Length, StringComparison.Ordinal))
            yield return at;
    }

    /// <summary>The first place of <paramref name="needle"/> starting in [from, to) not given to another tag, or -1.</summary>
    private static int Free(string text, string needle, int from, int to, HashSet<int> taken) =>
        Occurrences(text, needle, from).TakeWhile(at => at < to).FirstOrDefault(at => !taken.Contains(at), -1);

    /// <summary>The page (from 0) a place of the whole text is on; empty pages start where the next one does, and the text belongs to the last of them.</summary>
    private static int PageOf(int[] starts, int at)
    {
        var page = 0;
        while (page + 1 < starts.Length - 1 && starts[page + 1] <= at) page++;
        return page;
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
