using System.Text.RegularExpressions;

namespace DocGen.Api.Templates;

/// <summary>
/// Says where a diagnostic is the way an official finds it in Word: the page, then table, row and cell. Word numbers
/// neither paragraphs nor tables, so the paragraph is only named inside a cell of several, and the text around the
/// tag (given beside this) is what Word's search finds.
/// </summary>
internal static partial class WordLocation
{
    /// <param name="location">As the engine writes it: <c>word/document.xml (table 1, row 3, cell 2, paragraph 1)</c>.</param>
    /// <param name="page">The page of the template, as laid out, the tag is on; null when unknown.</param>
    public static string Describe(string location, int? page)
    {
        var match = Engine().Match(location);
        if (!match.Success) return location;
        var part = match.Groups["part"].Value;
        var story = part switch
        {
            "word/document.xml" => page is { } p ? $"第{p}页" : "正文",
            _ when part.StartsWith("word/header", StringComparison.Ordinal) => "页眉",
            _ when part.StartsWith("word/footer", StringComparison.Ordinal) => "页脚",
            _ => part,
        };
        if (!match.Groups["table"].Success) return story;
        var where = $"{story} 第{match.Groups["table"].Value}个表格 第{match.Groups["row"].Value}行 第{match.Groups["cell"].Value}格";
        return match.Groups["paragraph"].Value is var paragraph && paragraph != "1" ? $"{where} 第{paragraph}段" : where;
    }

    [GeneratedRegex(@"^(?<part>[^ ]+)(?: \((?:table (?<table>\d+), row (?<row>\d+), cell (?<cell>\d+), )?paragraph (?<paragraph>\d+)\))?$")]
    private static partial Regex Engine();
}
