using System.Text;
using System.Text.Json;
using DocGen.Templates.Engine;
using static DocGen.Templates.Tests.Support.TestDocx;

namespace DocGen.Templates.Tests;

/// <summary>
/// Templates and data built to hurt, through the engine's public entry point: each must end in a diagnostic, in
/// bounded time and memory, never in an exception that takes the process down.
/// </summary>
public sealed class HostileTemplateTests
{
    private static Diagnostics.Diagnostic SingleError(byte[] docx)
    {
        var compilation = DocxTemplate.Compile(docx);
        Assert.False(compilation.Succeeded);
        return Assert.Single(compilation.Diagnostics, d => d.IsError);
    }

    private static RenderResult RenderFailing(string body, string json, RenderOptions? options = null)
    {
        var result = Compile(FromBody(body)).Render(JsonDocument.Parse(json).RootElement, options);
        Assert.False(result.Succeeded);
        return result;
    }

    [Theory]
    [InlineData("word/vbaProject.bin", false)]
    [InlineData("[Content_Types].xml", true)]
    public void AMacroEnabledDocumentIsRefusedAsATemplate(string namedPart, bool macroEnabledContentType)
    {
        var docm = macroEnabledContentType
            ? Edited(FromBody(P("{{ name }}")), (part, text) => part == "[Content_Types].xml"
                ? text.Replace("officedocument.wordprocessingml.document.main+xml", "ms-word.document.macroEnabled.main+xml")
                : text)
            : Edited(FromBody(P("{{ name }}")), Unchanged, ("word/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]));

        var error = SingleError(docm);

        Assert.Equal("DG0109", error.Code);
        Assert.Equal(namedPart, error.Location);
        Assert.Contains("启用宏", error.MessageZh);
    }

    [Fact]
    public void FortyThousandNestedElementsAreADiagnosticNamingThePartNotAStackOverflow()
    {
        var depth = 40_000;
        var body = new StringBuilder().Insert(0, "<w:sdt><w:sdtContent>", depth).Append(P("{{ name }}"));
        for (var i = 0; i < depth; i++) body.Append("</w:sdtContent></w:sdt>");

        var error = SingleError(FromBody(body.ToString()));

        Assert.Equal("DG0110", error.Code);
        Assert.Equal("word/document.xml", error.Location);
        Assert.Contains("nested more than 256 levels", error.Message);
    }

    [Theory]
    [InlineData("a{0}=\"1\"")]
    [InlineData("xmlns:n{0}=\"urn:n{0}\"")]
    public void AnElementWithThreeHundredThousandAttributesOrNamespacesIsRefusedBeforeThePartIsRead(string attribute)
    {
        // The XML reader alone took 7–12 s over these (its cost grows faster than the count; a million took a minute and a gigabyte).
        var attributes = string.Join(' ', Enumerable.Range(0, 300_000).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, attribute, i)));

        var error = SingleError(FromBody($"<w:p {attributes}><w:r><w:t>{{{{ name }}}}</w:t></w:r></w:p>"));

        Assert.Equal("DG0110", error.Code);
        Assert.Equal("word/document.xml", error.Location);
        Assert.Contains("w:p has more than 512 attributes", error.Message);
        Assert.Contains("超过 512 个", error.MessageZh);
    }

    [Theory]
    [InlineData("word/document.xml")]
    [InlineData("WORD/Document.xml")]
    [InlineData("/word/document.xml")]
    public void APackageHoldingTwoPartsOfOneNameIsRefusedSoTheCheckCannotReadADifferentPartFromWord(string secondName)
    {
        var shadowed = Edited(FromBody(P("{{ name }}")), Unchanged, (secondName, Encoding.UTF8.GetBytes(Part(FromBody(P("另一份正文"))).ToString())));

        var error = SingleError(shadowed);

        Assert.Equal("DG0109", error.Code);
        Assert.Contains($"two parts named {secondName}", error.Message);
        Assert.Contains("两个同名部件", error.MessageZh);
    }

    [Fact]
    public void APartWithThirtyThousandRelationshipsIsRefusedBeforeLibreOfficeSpendsAMinuteOnIt()
    {
        const string headerType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
        var relationships = string.Concat(Enumerable.Range(0, 30_000).Select(i => $"""<Relationship Id="rId{i}" Type="{headerType}" Target="header1.xml"/>"""));
        var crowded = Edited(FromBody(P("{{ name }}")), AddingMainRelationships(relationships),
            ("word/header1.xml", Encoding.UTF8.GetBytes("""<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p/></w:hdr>""")));

        var error = SingleError(crowded);

        Assert.Equal("DG0109", error.Code);
        Assert.Contains("word/_rels/document.xml.rels holds 30000 relationships; at most 2000", error.Message);
        Assert.Contains("最多接受 2000 个", error.MessageZh);
    }

    [Fact]
    public void ElementsNestedAsDeepAsWordEverDoesStillCompile()
    {
        // Each content control is two levels; with the document, body, paragraph, run and text about 240 in all.
        var depth = 115;
        var body = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth)) + P("{{ name }}") + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth));

        Assert.Contains("甲", Text(Render(body, """{"name":"甲"}""")));
    }

    [Theory]
    [InlineData(900, "\"if\" blocks are nested more than 32 deep")]
    [InlineData(5000, "more than 2000 tags")]
    public void ThousandsOfNestedConditionsAreRefusedQuicklyWithADiagnostic(int depth, string message)
    {
        var tags = string.Concat(Enumerable.Repeat("{{ if a }}", depth)) + "x" + string.Concat(Enumerable.Repeat("{{ end }}", depth));

        var error = SingleError(FromBody(P(tags)));

        Assert.Equal("DG0110", error.Code);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void TagsAmongTwoHundredThousandRunsOfOneParagraphStopAtTheCompileDeadline()
    {
        // Moving a run costs a walk over its siblings: before the deadline this paragraph took minutes to compile.
        var body = "<w:p>" + string.Concat(Enumerable.Repeat("<w:r><w:t>x</w:t></w:r>", 200_000)) + string.Concat(Enumerable.Repeat("<w:r><w:t>{{ if a }}y{{ end }}</w:t></w:r>", 900)) + "</w:p>";

        var error = SingleError(FromBody(body));

        Assert.Equal("DG0110", error.Code);
        Assert.Contains("compiling took longer than 5 s", error.Message);
    }

    [Fact]
    public void ThreeNestedLoopsOfAThousandStopAtTheOutputBudgetWithADiagnostic()
    {
        var body = P("{{ for a in x min:1000 }}{{ for b in y min:1000 }}{{ for c in z min:1000 }}行{{ end }}{{ end }}{{ end }}");
        var before = GC.GetTotalAllocatedBytes(precise: true);

        // Time enough that only the output budget can stop it, however busy the machine.
        var problem = Assert.Single(RenderFailing(body, "{}", new RenderOptions { MaxDuration = TimeSpan.FromMinutes(10) }).Problems);

        Assert.Equal("DG0111", problem.Code);
        Assert.Equal("word/document.xml", problem.Location);
        Assert.Contains("larger than 64 M characters", problem.Message);
        // The budget is 64 M characters (128 MB as UTF-16); a render allowed to finish would allocate gigabytes.
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - before < 1024L * 1024 * 1024);
    }

    private const string FourEmptyLoopsOfAThousand = "{{ for a in w min:1000 }}{{ for b in x min:1000 }}{{ for c in y min:1000 }}{{ for d in z min:1000 }}{{ end }}{{ end }}{{ end }}{{ end }}";

    [Fact]
    public void ARenderThatProducesNothingButLoopsStopsAtTheTimeBudget()
    {
        var body = P(FourEmptyLoopsOfAThousand);

        var problem = Assert.Single(RenderFailing(body, "{}", new RenderOptions { MaxDuration = TimeSpan.FromMilliseconds(300) }).Problems);

        Assert.Equal("DG0111", problem.Code);
        Assert.Contains("longer than 0.3 s", problem.Message);
    }

    [Fact]
    public void TagsThatEachRunARegularExpressionToItsTimeoutStopAtTheTimeBudget()
    {
        // Each match backtracks until Scriban's regex timeout (0.5 s) ends it: twelve of them are 6 s of work.
        var slowMatch = "{{ \"" + new string('a', 60) + "!\" | regex.match \"^(a+)+$\" }}";
        var body = P(string.Concat(Enumerable.Repeat(slowMatch, 12)));

        var problem = Assert.Single(RenderFailing(body, "{}", new RenderOptions { MaxDuration = TimeSpan.FromSeconds(1) }).Problems);

        Assert.Equal("DG0111", problem.Code);
        Assert.Contains("longer than 1 s", problem.Message);
    }

    [Fact]
    public void ARepeatedPictureCountsTowardTheBudgetEveryTimeItIsEmbedded()
    {
        var photo = Convert.ToBase64String(ImageTests.Png(100, 100));
        var body = P("{{ for a in x min:1000 }}{{ photo | image }}{{ end }}");
        var options = new RenderOptions { MaxOutputCharacters = 100 * photo.Length };

        var problem = Assert.Single(RenderFailing(body, $$"""{"photo":"{{photo}}"}""", options).Problems);

        Assert.Equal("DG0111", problem.Code);
    }

    [Fact]
    public void ACancelledRenderStopsWithoutFinishing()
    {
        var template = Compile(FromBody(P(FourEmptyLoopsOfAThousand)));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => template.Render(JsonDocument.Parse("{}").RootElement, new RenderOptions { Cancellation = cancelled.Token }));
    }
}
