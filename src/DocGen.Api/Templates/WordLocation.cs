using System.Text.RegularExpressions;

namespace DocGen.Api.Templates;

/// <summary>
/// Says where a diagnostic is the way an official finds it in Word: the page, then table, row and cell, or the text
/// box, or the header or footer by the name Word labels it with. Word numbers neither paragraphs nor tables, so the
/// paragraph is only named inside a cell or box of several, and the text around the tag (given beside this) is what
/// Word's search finds.
/// </summary>
internal static partial class WordLocation
{
    /// <param name="location">As the engine writes it: <c>word/document.xml (table 1, row 3, cell 2, paragraph 1)</c>.</param>
    /// <param name="page">The page of the template, as laid out, the tag is on (a header's: the first it shows on); null when unknown.</param>
    /// <param name="headerFooterNames">Word's name of each header and footer part (<c>首页页眉</c>…), by part name.</param>
    public static string Describe(string location, int? page, IReadOnlyDictionary<string, string> headerFooterNames)
    {
        var match = Engine().Match(location);
        if (!match.Success) return location;
        var part = match.Groups["part"].Value;
        var onPage = page is { } p ? $"第{p}页" : null;
        var story = part switch
        {
            "word/document.xml" => onPage ?? "正文",
            _ when headerFooterNames.TryGetValue(part, out var name) => Join(onPage, name),
            _ when part.StartsWith("word/header", StringComparison.Ordinal) => Join(onPage, "页眉"),
            _ when part.StartsWith("word/footer", StringComparison.Ordinal) => Join(onPage, "页脚"),
            _ => part,
        };
        var where = match.Groups["table"].Success
            ? $"{story} 第{match.Groups["table"].Value}个表格 第{match.Groups["row"].Value}行 第{match.Groups["cell"].Value}格"
            : match.Groups["box"].Success ? $"{story} 第{match.Groups["box"].Value}个文本框" : null;
        if (where is null) return story;
        return match.Groups["paragraph"].Value is var paragraph && paragraph != "1" ? $"{where} 第{paragraph}段" : where;
    }

    private static string Join(string? page, string name) => page is null ? name : $"{page} {name}";

    [GeneratedRegex(@"^(?<part>[^ ]+)(?: \((?:(?:table (?<table>\d+), row (?<row>\d+), cell (?<cell>\d+)|text box (?<box>\d+)), )?paragraph (?<paragraph>\d+)\))?$")]
    private static partial Regex Engine();
}
