using System.Text;
using System.Text.RegularExpressions;

namespace DocGen.Templates.Inspection;

/// <summary>
/// The text of a form as its notice printed it: seed lines with the extraction's artefacts (Markdown marks,
/// HTML check boxes, paragraphs and emphasis, escaped underscores, formula markup) turned back into what the
/// page shows. A table row the extraction repeats at every page break (the header row) is the notice's text
/// once: a Word table prints it again by itself.
/// </summary>
public static partial class SeedText
{
    /// <summary>The cleaned text of lines <paramref name="range"/> ("66-79", 1-based, inclusive) of a seed file.</summary>
    public static string Lines(string seedFile, string range)
    {
        var bounds = range.Split('-').Select(int.Parse).ToArray();
        var lines = File.ReadAllLines(seedFile);
        var sb = new StringBuilder();
        var rows = new HashSet<string>(StringComparer.Ordinal);
        for (var i = bounds[0]; i <= bounds[1] && i <= lines.Length; i++)
        {
            var raw = lines[i - 1];
            var text = Clean(raw);
            // Header rows label several columns; a repeated one-cell row (项目节能量 in every project block) is real text.
            var labels = raw.Split('\t').Count(cell => cell.Trim().Length > 0);
            if (labels >= 2 && text.Length > 0 && !rows.Add(text)) continue;
            sb.Append(text);
        }
        return sb.ToString();
    }

    private static string Clean(string line)
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
