using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;

namespace DocGen.Authoring.Tests;

public sealed class PackageValidityTests
{
    [Fact]
    public void SourceUsingEveryFeatureGivesAPackageWithoutValidationErrors()
    {
        using var form = CompiledForm.From(CompiledForm.EveryFeatureSource());

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(form.Document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void MinimalSourceGivesAPackageWithoutValidationErrors()
    {
        using var form = CompiledForm.From(".p 正文");

        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(form.Document));
    }

    [Fact]
    public void EmptySourceGivesAnEmptyButValidDocument()
    {
        using var form = CompiledForm.From("// nothing yet\n");

        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(form.Document));
        Assert.NotNull(form.Body.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>());
    }
}
