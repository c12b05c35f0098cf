using System.Text;

namespace DocGen.Authoring.Parsing;

/// <summary>
/// Cuts a table row at its bars. A bar inside a template tag (<c>{{ kind | check "国有" }}</c>) or written
/// <c>\|</c> is text; escapes stay in the cell text for <see cref="InlineParser"/> to resolve.
/// </summary>
internal static class RowSplitter
{
    /// <returns>the raw cells and the text after the last bar, or null (with <paramref name="error"/>).</returns>
    public static (List<string> Cells, string Trailing)? Split(string row, out string? error)
    {
        var cells = new List<string>();
        var current = new StringBuilder();
        var i = 1;
        while (i < row.Length)
        {
            var c = row[i];
            if (c == '\\' && i + 1 < row.Length)
            {
                current.Append(row, i, 2);
                i += 2;
            }
            else if (c == '{' && i + 1 < row.Length && row[i + 1] == '{'
                     && row.IndexOf("}}", i + 2, StringComparison.Ordinal) is var close and >= 0)
            {
                current.Append(row, i, close + 2 - i);
                i = close + 2;
            }
            else if (c == '|')
            {
                cells.Add(current.ToString());
                current.Clear();
                i++;
            }
            else
            {
                current.Append(c);
                i++;
            }
        }

        if (cells.Count == 0)
        {
            error = "a table row must start and end with |";
            return null;
        }

        error = null;
        return (cells, current.ToString());
    }
}
