using System.Text;
using System.Text.RegularExpressions;
using DocGen.Templates.Inspection;

namespace DocGen.Api.Forms;

/// <summary>
/// Where changes are on the pages. A change is a paragraph or a table row; a row's cells are looked for one by one
/// (a PDF reads a table line by line across its cells, so a row's text is not one run of words), and of a changed
/// row only the cells that differ are marked. Text is looked for (whitespace ignored) in the PDF's word stream after
/// the previous change, since changes come in document order; the words found become one box per line.
/// </summary>
internal static partial class ChangedRegions
{
    /// <summary>The pieces of one side of a change: a paragraph's text, or a row's cells; <c>Mark</c> on those that changed.</summary>
    public static List<(string Text, bool Mark)> Pieces(string? text, string? other)
    {
        var cells = Cells(text);
        var others = Cells(other);
        if (cells.Count == 1) return [(cells[0], true)];
        var differing = cells.Select((c, i) => others.Count != cells.Count || NoticeText.Normalize(others[i]) != NoticeText.Normalize(c)).ToList();
        if (!differing.Contains(true)) differing = cells.Select(_ => true).ToList(); // only the merges changed: the whole row
        return cells.Select((c, i) => (c, differing[i])).ToList();
    }

    private static List<string> Cells(string? display) => Merges().Replace(display ?? "", "").Split(" | ").ToList();

    public static IReadOnlyList<PdfWord> Find(IReadOnlyList<PdfWord> words, IEnumerable<IReadOnlyList<(string Text, bool Mark)>> changes)
    {
        var stream = new StringBuilder();
        var owner = new List<int>();
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var c in NoticeText.Normalize(words[i].Text))
            {
                stream.Append(c);
                owner.Add(i);
            }
        }
        var all = stream.ToString();
        var marked = new SortedSet<int>();
        var cursor = 0;
        foreach (var pieces in changes)
        {
            var local = cursor;
            foreach (var (text, mark) in pieces)
            {
                var target = NoticeText.Normalize(text);
                if (target.Length < 2) continue; // a lone character would be found anywhere
                var at = all.IndexOf(target, local, StringComparison.Ordinal);
                if (at < 0) at = all.IndexOf(target, StringComparison.Ordinal);
                if (at < 0) continue;
                if (mark) for (var k = at; k < at + target.Length; k++) marked.Add(owner[k]);
                local = at + target.Length;
            }
            cursor = Math.Max(cursor, local);
        }
        return Lines(marked.Select(i => words[i]));
    }

    // Words of one page whose vertical extents overlap are one line; each line becomes one box.
    private static List<PdfWord> Lines(IEnumerable<PdfWord> words)
    {
        var boxes = new List<PdfWord>();
        foreach (var word in words)
        {
            var line = boxes.FindIndex(b => b.Page == word.Page && word.Top < b.Bottom && word.Bottom > b.Top);
            if (line < 0)
            {
                boxes.Add(word with { Text = "" });
            }
            else
            {
                var b = boxes[line];
                boxes[line] = b with { Left = Math.Min(b.Left, word.Left), Top = Math.Min(b.Top, word.Top), Right = Math.Max(b.Right, word.Right), Bottom = Math.Max(b.Bottom, word.Bottom) };
            }
        }
        return boxes;
    }

    // A row's merges as VersionChange shows them: " [第2格跨2列]" at the end.
    [GeneratedRegex(@"\s\[第\d+格[^\]]*\]$")]
    private static partial Regex Merges();
}
