using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocGen.Templates.Engine;
using DocGen.Templates.Tests.Corpus;
using DocGen.Templates.Tests.Support;

namespace DocGen.Templates.Tests;

/// <summary>Every template of the Word corpus renders to a document Word opens: valid, every value in place, every id unique.</summary>
public sealed partial class WordCorpusTests
{
    private static readonly XNamespace W = RenderedDocument.W;
    private static readonly XNamespace Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static readonly XNamespace W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    private static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    public static TheoryData<string> Names => [.. WordCorpus.Cases.Select(c => c.Name)];

    private static byte[] Rendered(CorpusCase corpusCase)
    {
        var compilation = DocxTemplate.Compile(corpusCase.Template());
        Assert.True(compilation.Succeeded, string.Join("\n", compilation.Diagnostics));
        var result = compilation.Template!.Render(JsonDocument.Parse(corpusCase.Data).RootElement);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Document!;
    }

    [Fact]
    public void TheCorpusHoldsAtLeastThirtyTemplatesFromEveryEditor()
    {
        Assert.True(WordCorpus.Cases.Count >= 30);
        Assert.Equal(WordCorpus.Cases.Count, WordCorpus.Cases.Select(c => c.Name).Distinct().Count());
        Assert.All(Enum.GetValues<WordFlavour>(), flavour => Assert.Contains(WordCorpus.Cases, c => c.Flavour == flavour));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EachTemplateRendersToADocumentTheValidatorAccepts(string name) =>
        TestDocx.AssertValid(Rendered(WordCorpus.Cases.Single(c => c.Name == name)));

    [Theory]
    [MemberData(nameof(Names))]
    public void EachTemplateRendersWithEveryValueInPlace(string name)
    {
        var corpusCase = WordCorpus.Cases.Single(c => c.Name == name);
        var text = new RenderedDocument(Rendered(corpusCase)).Text;
        Assert.DoesNotContain("{{", text);
        Assert.DoesNotContain("}}", text);
        Assert.All(corpusCase.Expected, value => Assert.Contains(value, text));
        Assert.All(corpusCase.ExactlyOnce, value => Assert.Single(Regex.Matches(text, Regex.Escape(value))));
        Assert.All(corpusCase.Absent, value => Assert.DoesNotContain(value, text));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EachTemplateRendersWithEveryIdUnique(string name)
    {
        var document = new RenderedDocument(Rendered(WordCorpus.Cases.Single(c => c.Name == name)));
        AssertUnique("bookmark id", document.Parts[0].Descendants(W + "bookmarkStart").Select(b => (string?)b.Attribute(W + "id")));
        AssertUnique("bookmark name", document.Parts[0].Descendants(W + "bookmarkStart").Select(b => (string?)b.Attribute(W + "name")));
        AssertUnique("drawing id", document.All.Where(e => e.Name == Wp + "docPr").Select(e => (string?)e.Attribute("id")));
        AssertUnique("content control id", document.All.Where(e => e.Name == W + "id" && e.Parent?.Name == W + "sdtPr").Select(e => (string?)e.Attribute(W + "val")));
        // The VML fallback of a text box repeats the paragraphs of its DrawingML choice, ids and all, as Word writes it.
        AssertUnique("paragraph id", document.All.Where(e => !e.Ancestors(Mc + "Fallback").Any()).Select(e => (string?)e.Attribute(W14 + "paraId")).Where(id => id is not null));
        AssertUnique("comment range", document.Parts[0].Descendants(W + "commentRangeStart").Select(e => (string?)e.Attribute(W + "id")));
        foreach (var part in document.Parts)
        {
            var starts = part.Descendants(W + "bookmarkStart").Select(b => (string?)b.Attribute(W + "id")).Order().ToList();
            var ends = part.Descendants(W + "bookmarkEnd").Select(b => (string?)b.Attribute(W + "id")).Order().ToList();
            Assert.Equal(starts, ends);
        }
        Assert.All(document.All.Where(e => e.Name == W + "tbl"), table => Assert.NotEmpty(table.Elements(W + "tr")));
    }

    private static void AssertUnique(string what, IEnumerable<string?> ids)
    {
        var duplicates = ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, $"repeated {what}: {string.Join(", ", duplicates)}");
    }
}
