using DocGen.Templates.Catalog;

namespace DocGen.Templates.Tests;

/// <summary>authority/form[@version] as the CLI, the template check and form.yaml's base: name a form.</summary>
public sealed class FormReferenceTests
{
    [Theory]
    [InlineData("henan/green-factory", "henan", "green-factory", null)]
    [InlineData("henan/green-factory@2023", "henan", "green-factory", "2023")]
    [InlineData("  miit/f@2022.1 ", "miit", "f", "2022.1")]
    public void AFormIsReadWithOrWithoutItsVersion(string text, string authority, string form, string? version)
    {
        Assert.Equal(new FormReference(authority, form, version), FormReference.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("henan")]
    [InlineData("henan/")]
    [InlineData("/green-factory")]
    [InlineData("henan/green-factory/2023")]
    [InlineData("henan/green-factory@")]
    public void AnythingElseIsNotAForm(string text) => Assert.Null(FormReference.Parse(text));

    [Fact]
    public void AReferenceIsWrittenAsItIsRead()
    {
        Assert.Equal("henan/f@2023", FormReference.Parse("henan/f@2023")!.ToString());
        Assert.Equal("henan/f", FormReference.Parse("henan/f")!.ToString());
    }
}
