using System.Text.Json;
using System.Text.Json.Nodes;
using DocGen.Templates.Catalog;
using DocGen.Validation;

namespace DocGen.Forms.Tests;

/// <summary>The Henan forms' own rules, each broken once in an otherwise complete sample, answer with the field's Chinese label.</summary>
public sealed class HenanRuleTests
{
    private static IReadOnlyList<DataError> ErrorsAfter(string key, Action<JsonNode> spoil, ValidationMode mode = ValidationMode.Final)
    {
        var version = FormCases.Find(key);
        var node = JsonNode.Parse(File.ReadAllText(version.Samples.Values.First()))!;
        spoil(node);
        using var data = JsonDocument.Parse(node.ToJsonString());
        using var prepared = FormToFill.Of(version).Prepare(data.RootElement, "rules", mode, CancellationToken.None);
        return prepared.Errors;
    }

    private const string Factory = "henan/green-factory-self-evaluation@2023";
    private const string Product = "henan/green-design-product-self-evaluation@2023";

    [Fact]
    public void AUsccWithAWrongCheckDigitIsRejected()
    {
        var error = Assert.Single(ErrorsAfter(Factory, d => d["basic"]!["uscc"] = "91411100742536187C"));
        Assert.Equal("/basic/uscc", error.Pointer);
        Assert.Contains("统一社会信用代码", error.Message);
    }

    [Fact]
    public void AnIndustryCodeOutsideGbT4754IsRejected() =>
        Assert.Equal("/basic/industry", Assert.Single(ErrorsAfter(Factory, d => d["basic"]!["industry"] = "C99 不存在的行业")).Pointer);

    [Fact]
    public void TheFactoryIntroIsLimitedTo500Characters()
    {
        var error = Assert.Single(ErrorsAfter(Factory, d => d["basic"]!["intro"] = new string('字', 523)));
        Assert.Equal("工厂简介限500字以内（当前523字）", error.Message);
    }

    [Fact]
    public void PhoneAndEmailAreChecked()
    {
        var errors = ErrorsAfter(Factory, d => { d["basic"]!["phone"] = "12345"; d["basic"]!["email"] = "not-an-address"; });
        Assert.Equal(["/basic/phone", "/basic/email"], errors.Select(e => e.Pointer));
    }

    [Theory]
    [InlineData("CD-6012QY系列")]
    [InlineData("CD-6012QY、CD-6013QY")]
    [InlineData("CD-6012QY等")]
    public void AProductModelMustBeOneModelNotASeries(string model)
    {
        var error = Assert.Single(ErrorsAfter(Product, d => d["product"]!["model"] = model));
        Assert.Equal("/product/model", error.Pointer);
        Assert.Contains("产品型号", error.Message);
    }

    [Fact]
    public void DraftModeAcceptsAnEmptyFormFinalModeListsWhatIsMissing()
    {
        var version = FormCases.Find(Factory);
        var empty = JsonDocument.Parse("{}").RootElement;
        using var draft = FormToFill.Of(version).Prepare(empty, "empty", ValidationMode.Draft, CancellationToken.None);
        using var final = FormToFill.Of(version).Prepare(empty, "empty", ValidationMode.Final, CancellationToken.None);
        Assert.Empty(draft.Errors);
        Assert.Contains(final.Errors, e => e.Message.EndsWith("为必填项", StringComparison.Ordinal));
    }
}
