using System.Text;
using System.Text.RegularExpressions;
using DocGen.Templates.Notices;

namespace DocGen.Templates.Inspection;

/// <summary>
/// The text of a form as its notice printed it: notice lines with the extraction's artefacts (Markdown marks,
/// HTML check boxes, paragraphs and emphasis, escaped underscores, formula markup) turned back into what the
/// page shows. A table row the extraction repeats at every page break (the header row) is the notice's text
/// once: a Word table prints it again by itself.
/// </summary>
public static partial class NoticeText
{
    /// <summary>The cleaned text of lines <paramref name="range"/> of a notice.</summary>
    public static string Lines(NoticeDocument notice, LineRange range)
    {
        var sb = new StringBuilder();
        var rows = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, raw) in notice.Range(range))
        {
            var text = Clean(raw);
            // Header rows label several columns; a repeated one-cell row (项目节能量 in every project block) is real text.
            var labels = raw.Split('\t').Count(cell => cell.Trim().Length > 0);
            if (labels >= 2 && text.Length > 0 && !rows.Add(text)) continue;
            sb.Append(text);
        }
        return sb.ToString();
    }

    /// <summary>One line of a notice as the page shows it, whitespace removed (see <see cref="Normalize"/>).</summary>
    public static string Clean(string line)
    {
        line = CheckBox().Replace(line, "□");
        line = Html().Replace(line, "");
        line = FormulaScript().Replace(line, "$1");
        line = line.Replace("\\_", "").Replace("$$", "").Replace("**", "");
        line = ListMark().Replace(line, "");
        return Normalize(line);
    }

    /// <summary>Whitespace and underscores (fill-in lines) carry no text; ☐ and □ are the same box.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '_' || c == '\u3000') continue;
            sb.Append(c switch { '☐' or '☑' => '□', '(' => '（', ')' => '）', ',' => '，', ':' => '：', ';' => '；', _ => c });
        }
        return sb.ToString();
    }

    [GeneratedRegex("<input[^>]*checkbox[^>]*>")]
    private static partial Regex CheckBox();

    [GeneratedRegex(@"</?(p|br|span|div|sup|sub|b|strong|i|em|u)(\s[^>]*)?/?>")]
    private static partial Regex Html();

    // X_{11} in a $$…$$ formula prints as X11.
    [GeneratedRegex(@"[_^]\{([^{}]*)\}")]
    private static partial Regex FormulaScript();

    [GeneratedRegex(@"^\s*(#+|-)\s+")]
    private static partial Regex ListMark();
}
