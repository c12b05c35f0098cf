using System.Text.Json;
using DocGen.Templates.Extraction;

namespace DocGen.Forms.Tests.Extraction;

/// <summary>One recogniser for templates and filled forms: the share of a version's fixed text a document shows.</summary>
public sealed class RecognitionTests
{
    [Theory]
    [MemberData(nameof(FormCases.Versions), MemberType = typeof(FormCases))]
    public void ACatalogTemplateShowsAllOfItsVersionsFixedTextAndOnlyVersionsOfTheSameTemplateDoAsWell(string key)
    {
        var version = FormCases.Find(key);

        var ranked = FormExtractor.Recognize(FormCases.Catalog.Current, FilledDocument.Read(version.TemplateBytes));

        // The constants a filled copy prints (issuer, years) stand in the template as tags.
        Assert.Equal(1.0, ranked.Single(c => c.Form == version).Score);
        Assert.All(ranked.Where(c => c.Score >= 1.0),
            c => Assert.True(c.Form.TemplateBytes.AsSpan().SequenceEqual(version.TemplateBytes), $"{c.Form.Key} scores {c.Score} on {key}'s template"));
    }

    [Theory]
    [MemberData(nameof(FormCases.Samples), MemberType = typeof(FormCases))]
    public void AFilledSampleIsRecognisedAsItsOwnVersionAheadOfEveryCopyOfIt(string key, string sample)
    {
        var version = FormCases.Find(key);
        var filled = RoundTripTests.Render(version, JsonDocument.Parse(File.ReadAllBytes(version.Samples[sample])).RootElement);

        var ranked = FormExtractor.Recognize(FormCases.Catalog.Current, FilledDocument.Read(filled));

        Assert.Equal((version.Key, 1.0), (ranked[0].Form.Key, ranked[0].Score));
        Assert.True(ranked[1].Score < 1.0, $"{ranked[1].Form.Key} shows all of its fixed text in {key}/{sample} too");
    }
}
