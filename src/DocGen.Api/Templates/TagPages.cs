using DocGen.Templates.Inspection;

namespace DocGen.Api.Templates;

/// <summary>
/// Finds the page each body tag is on in the template itself as laid out (tags showing as text), by walking the
/// text of the template's PDF pages in document order, so a tag written twice is found at each of its places.
/// </summary>
internal static class TagPages
{
    /// <returns>The page (from 1) of each place, in the order given; null for tags not in the body or not found.</returns>
    public static int?[] Find(IReadOnlyList<TagPlace> places, IReadOnlyList<string> pageTexts)
    {
        var pages = new int?[places.Count];
        var compact = pageTexts.Select(Compact).ToList();
        var starts = new int[compact.Count];
        for (var i = 1; i < compact.Count; i++) starts[i] = starts[i - 1] + compact[i - 1].Length;
        var text = string.Concat(compact);
        var cursor = 0;
        for (var i = 0; i < places.Count; i++)
        {
            if (!places[i].Location.StartsWith("word/document.xml", StringComparison.Ordinal)) continue;
            var needle = Compact(places[i].Tag);
            var at = needle.Length == 0 ? -1 : text.IndexOf(needle, cursor, StringComparison.Ordinal);
            if (at < 0) continue;
            cursor = at + needle.Length;
            var page = Array.BinarySearch(starts, at);
            pages[i] = (page >= 0 ? LastStartingAt(starts, page) : ~page - 1) + 1;
        }
        return pages;
    }

    /// <summary>Empty pages start where the next one does; the text belongs to the last of them.</summary>
    private static int LastStartingAt(int[] starts, int index)
    {
        while (index + 1 < starts.Length && starts[index + 1] == starts[index]) index++;
        return index;
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
