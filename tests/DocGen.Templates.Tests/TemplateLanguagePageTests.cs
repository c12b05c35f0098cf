using System.Security;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocGen.Templates.Engine;
using static DocGen.Templates.Tests.Support.TestDocx;

namespace DocGen.Templates.Tests;

/// <summary>
/// Every example of docs/template-language.md renders as the page says: each line of a <c>docgen</c> block is
/// a template (paragraphs separated by " ¶ "), an arrow and the text it renders, with the block's <c>data:</c> and
/// <c>form:</c> lines as the data and the version's constants.
/// </summary>
public sealed partial class TemplateLanguagePageTests
{
    private static readonly string Page = Path.Combine(Repository.Root, "docs", "template-language.md");

    public static TheoryData<string, string, string, string> Examples()
    {
        var examples = new TheoryData<string, string, string, string>();
        foreach (Match block in Block().Matches(File.ReadAllText(Page).ReplaceLineEndings("\n")))
        {
            var (data, form) = ("{}", "{}");
            foreach (var line in block.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data = line[6..];
                }
                else if (line.StartsWith("form: ", StringComparison.Ordinal))
                {
                    form = line[6..];
                }
                else
                {
                    var arrow = line.LastIndexOf(" → ", StringComparison.Ordinal);
                    Assert.True(arrow > 0, $"an example line needs \" → \": {line}");
                    var expected = line[(arrow + 3)..];
                    if (expected.Length > 1 && expected[0] == '"' && expected[^1] == '"') expected = expected[1..^1];
                    examples.Add(line[..arrow].TrimEnd(), expected, data, form);
                }
            }
        }
        return examples;
    }

    [Fact]
    public void ThePageHasExamplesOfEveryDocGenFunction()
    {
        var templates = Examples().Select(row => (string)row[0]).ToList();
        foreach (var function in new[] { "check", "image", "paragraphs", "lines", "number", "date", "default", "form.", "for.index", "case" })
            Assert.Contains(templates, t => t.Contains(function, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryExampleRendersAsThePageSays(string template, string expected, string data, string form)
    {
        var body = string.Concat(template.Split(" ¶ ").Select(paragraph => P(SecurityElement.Escape(paragraph))));
        var options = new RenderOptions { Constants = JsonDocument.Parse(form).RootElement };
        var document = Render(FromBody(body), data, options);
        Assert.Equal(expected, Shown(document));
    }

    /// <summary>The body as the page writes results: paragraphs joined by " ¶ ", line breaks as ↵, pictures as [图片].</summary>
    private static string Shown(byte[] docx)
    {
        var body = Part(docx).Root!.Element(W + "body")!;
        var paragraphs = body.Elements(W + "p").Select(p => string.Concat(p.Descendants().Select(e =>
            e.Name == W + "t" ? e.Value : e.Name == W + "br" ? "↵" : e.Name == W + "drawing" ? "[图片]" : "")));
        return string.Join(" ¶ ", paragraphs.Where(p => p.Length > 0));
    }

    [GeneratedRegex("```docgen\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
