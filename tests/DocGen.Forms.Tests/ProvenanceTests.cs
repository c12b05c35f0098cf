using DocGen.Forms.Tests.Support;
using DocGen.Templates.Catalog;

namespace DocGen.Forms.Tests;

/// <summary>Whether a form is the notice's own text or a reconstruction travels with every document, in its properties, never on the printed page.</summary>
public sealed class ProvenanceTests
{
    [Theory]
    [MemberData(nameof(FormCases.Versions), MemberType = typeof(FormCases))]
    public void EveryDocumentStatesItsProvenanceInItsPropertiesOnly(string key)
    {
        var version = FormCases.Find(key);
        var docx = FormToFill.Of(version).RenderBlank();
        var core = Docx.Part(docx, "docProps/core.xml").ToString();
        Assert.Contains(key, core);
        Assert.Contains($"provenance={version.Manifest.Provenance}", core);
        if (version.IsReconstructed)
        {
            Assert.Contains("reconstructed: ", core);
            Assert.Contains($"confidence={version.Manifest.Confidence}", core);
            Assert.DoesNotContain("reconstructed", Docx.Part(docx).ToString());
        }
    }
}
