using System.Text;
using System.Text.RegularExpressions;

namespace DocGen.Templates.Inspection;

/// <summary>
/// The text of a form as its notice printed it: seed lines with the extraction's artefacts (Markdown marks,
/// HTML check boxes and paragraphs, escaped underscores) turned back into what the page shows.
/// </summary>
public static partial class SeedText
{
    /// <summary>The cleaned text of lines <paramref name="range"/> ("66-79", 1-based, inclusive) of a seed file.</summary>
    public static string Lines(string seedFile, string range)
    {
        var bounds = range.Split('-').Select(int.Parse).ToArray();
        var lines = File.ReadAllLines(seedFile);
        var sb = new StringBuilder();
        for (var i = bounds[0]; i <= bounds[1] && i <= lines.Length; i++) sb.Append(Clean(lines[i - 1]));
        return sb.ToString();
    }

    private static string Clean(string line)
    {
        line = CheckBox().Replace(line, "□");
        line = Html().Replace(line, "");
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

    [GeneratedRegex("</?(p|br|span|div|sup|sub)[^>]*>")]
    private static partial Regex Html();

    [GeneratedRegex(@"^\s*(#+|-)\s+")]
    private static partial Regex ListMark();
}
