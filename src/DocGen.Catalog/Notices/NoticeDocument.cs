namespace DocGen.Templates.Notices;

/// <summary>
/// A notice as the repository keeps it (<c>notices/authority/….txt</c>): a small header between <c>---</c> lines
/// (title, issuer, number = 文号, date) and the notice's text as extracted from the official document. Line
/// numbers are those of the file, header included, so <c>source.lines</c> in form.yaml can be checked by eye.
/// </summary>
public sealed class NoticeDocument
{
    /// <summary>What the header says when the notice's own text does not give a field.</summary>
    public const string NotGiven = "not given in the text";

    private NoticeDocument(string path, IReadOnlyDictionary<string, string> header, IReadOnlyList<string> lines, int firstTextLine)
    {
        Path = path;
        Header = header;
        Lines = lines;
        FirstTextLine = firstTextLine;
    }

    public string Path { get; }
    public IReadOnlyDictionary<string, string> Header { get; }
    /// <summary>Every line of the file; line n (1-based) is <c>Lines[n - 1]</c>.</summary>
    public IReadOnlyList<string> Lines { get; }
    /// <summary>The first line after the header.</summary>
    public int FirstTextLine { get; }

    public string Title => Field("title");
    public string Issuer => Field("issuer");
    public string Number => Field("number");
    public string Date => Field("date");

    /// <summary>A header field, or "" when the header says the text does not give it.</summary>
    public string Field(string name) =>
        Header.TryGetValue(name, out var value) && !value.StartsWith(NotGiven, StringComparison.Ordinal) ? value : "";

    /// <summary>The lines of a range, with their numbers.</summary>
    public IEnumerable<(int Number, string Text)> Range(LineRange range)
    {
        for (var n = range.First; n <= range.Last && n <= Lines.Count; n++) yield return (n, Lines[n - 1]);
    }

    /// <summary>Reads a notice file; a file without a header is all text.</summary>
    public static NoticeDocument Read(string path) => Parse(path, File.ReadAllLines(path));

    public static NoticeDocument Parse(string path, IReadOnlyList<string> lines)
    {
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var first = 1;
        if (lines.Count > 0 && lines[0] == "---")
        {
            var end = lines.Skip(1).ToList().IndexOf("---");
            if (end >= 0)
            {
                foreach (var line in lines.Skip(1).Take(end))
                {
                    var colon = line.IndexOf(':');
                    if (colon > 0) header[line[..colon].Trim()] = line[(colon + 1)..].Trim();
                }
                first = end + 3;
            }
        }
        return new NoticeDocument(path, header, lines, first);
    }
}
