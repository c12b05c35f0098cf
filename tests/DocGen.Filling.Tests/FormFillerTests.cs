using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using DocGen.Conversion;
using DocGen.Filling.Tests.Support;
using DocGen.Templates.Catalog;
using DocGen.Validation;

namespace DocGen.Filling.Tests;

public sealed class FormFillerTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AFilledFormIsTheRenderedDocxNamedByTheFormsPattern()
    {
        var result = await new FormFiller(null).FillAsync(FormToFill.Of(Park.Load()), Park.Sample(), OutputFormat.Docx, ValidationMode.Final, None);

        Assert.Equal(FillOutcome.Filled, result.Outcome);
        Assert.Equal("鹤壁经济技术开发区绿色工业园区自评价报告", result.FileName);
        Assert.Same(result.Docx, result.Document);
        Assert.Contains("鹤壁经济技术开发区管理委员会", DocumentText(result.Document!));
    }

    [Fact]
    public async Task APdfAskedOfAFillerWithoutConverterIsRefusedBeforeTheDataIsJudgedOrRendered()
    {
        var result = await new FormFiller(null).FillAsync(FormToFill.Of(Park.Load()), "{}"u8.ToArray(), OutputFormat.Pdf, ValidationMode.Final, None);

        Assert.Equal(FillOutcome.PdfUnavailable, result.Outcome);
        Assert.Empty(result.Errors);
        Assert.Null(result.Docx);
    }

    [Fact]
    public async Task APdfCarriesTheFormsPropertiesAndTheHashOfTheBytesSent()
    {
        var converter = new RecordingConverter();
        var bytes = Park.Sample();

        var result = await new FormFiller(converter).FillAsync(FormToFill.Of(Park.Load()), bytes, OutputFormat.PdfA, ValidationMode.Final, None);

        Assert.Equal(FillOutcome.Filled, result.Outcome);
        Assert.Same(RecordingConverter.Pdf, result.Document);
        var options = Assert.Single(converter.Calls);
        Assert.True(options.PdfA);
        Assert.Equal("绿色工业园区自评价报告", options.Title);
        Assert.Contains($"data-sha256={Convert.ToHexStringLower(SHA256.HashData(bytes))}", options.Keywords);
    }

    [Fact]
    public async Task AFailedConversionIsReportedWithTheDocxItCameFrom()
    {
        var failure = new PdfConversionFailedException("worker crashed", workerCrashed: true);

        var result = await new FormFiller(new RecordingConverter(failure)).FillAsync(FormToFill.Of(Park.Load()), Park.Sample(), OutputFormat.Pdf, ValidationMode.Final, None);

        Assert.Equal(FillOutcome.PdfFailed, result.Outcome);
        Assert.Same(failure, result.PdfFailure);
        Assert.Null(result.Document);
        Assert.NotNull(result.Docx);
    }

    [Fact]
    public async Task DataThatBreaksARuleIsRefusedWithEveryProblemAndNothingIsRendered()
    {
        var converter = new RecordingConverter();
        var bytes = Park.Sample(data => { data["park"]!["name"] = ""; data["result"]!["score"] = 1; });

        var result = await new FormFiller(converter).FillAsync(FormToFill.Of(Park.Load()), bytes, OutputFormat.Pdf, ValidationMode.Final, None);

        Assert.Equal(FillOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors, e => e.Pointer == "/park/name");
        Assert.Contains(result.Errors, e => e.Pointer == "/result/score");
        Assert.Null(result.Docx);
        Assert.Empty(converter.Calls);
    }

    [Fact]
    public void WhatTheFormComputesIsAddedToTheDataBeforeItIsJudged()
    {
        var bytes = Park.Sample(data => data["result"]!.AsObject().Remove("score"));

        using var prepared = FormToFill.Of(Park.Load()).Prepare(bytes, ValidationMode.Final, None);

        Assert.True(prepared.Acceptable);
        Assert.False(prepared.Data.GetProperty("result").TryGetProperty("score", out _));
        Assert.Equal(103.5, prepared.Computed.GetProperty("result").GetProperty("score").GetDouble());
    }

    [Theory]
    [InlineData("", FormDataProblemKind.Empty)]
    [InlineData("{\"park\":", FormDataProblemKind.NotJson)]
    [InlineData("[{}]", FormDataProblemKind.NotObject)]
    [InlineData("\"text\"", FormDataProblemKind.NotObject)]
    public async Task BytesThatAreNoJsonObjectAreUnreadable(string json, FormDataProblemKind kind)
    {
        var result = await new FormFiller(null).FillAsync(FormToFill.Of(Park.Load()), Encoding.UTF8.GetBytes(json), OutputFormat.Docx, ValidationMode.Draft, None);

        Assert.Equal(FillOutcome.Unreadable, result.Outcome);
        Assert.Equal(kind, result.Unreadable!.Kind);
    }

    [Fact]
    public void DataNestedDeeperThanTheLimitIsUnreadableAndSaysSo()
    {
        var json = "{\"a\":" + string.Concat(Enumerable.Repeat("[", 70)) + string.Concat(Enumerable.Repeat("]", 70)) + "}";

        using var prepared = FormToFill.Of(Park.Load()).Prepare(Encoding.UTF8.GetBytes(json), ValidationMode.Draft, None);

        Assert.Equal(FormDataProblemKind.NotJson, prepared.Unreadable!.Kind);
        Assert.Contains($"JSON 嵌套超过 {JsonErrorText.MaxDepth} 层", prepared.Unreadable.ParseFailure);
    }

    [Fact]
    public void LoneSurrogatesAreDroppedAndTheHashIsOfTheBytesAsSent()
    {
        var bytes = Park.Sample(data => data["park"]!["name"] = "PLACEHOLDER");
        bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("PLACEHOLDER", "鹤壁\\ud800园区"));

        using var prepared = FormToFill.Of(Park.Load()).Prepare(bytes, ValidationMode.Draft, None);

        Assert.Equal("鹤壁园区", prepared.Data.GetProperty("park").GetProperty("name").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), prepared.Hash);
    }

    [Fact]
    public async Task TheBlankFormIsNamedWithItsIssuerVersionAndBlank()
    {
        var result = await new FormFiller(null).FillBlankAsync(FormToFill.Of(Park.Load()), OutputFormat.Docx, None);

        Assert.Equal(FillOutcome.Filled, result.Outcome);
        Assert.Equal("河南省工业和信息化厅 绿色工业园区自评价报告（2023年版）空白", result.FileName);
    }

    [Fact]
    public async Task TheFontsOfAVersionsTemplateAreFoundOnceAndHandedToEveryConversion()
    {
        var version = Park.Load();
        var converter = new RecordingConverter();
        var filler = new FormFiller(converter);

        await filler.FillAsync(FormToFill.Of(version), Park.Sample(), OutputFormat.Pdf, ValidationMode.Final, None);
        await filler.FillBlankAsync(FormToFill.Of(version), OutputFormat.Pdf, None);

        Assert.Equal(2, converter.Calls.Count);
        Assert.All(converter.Calls, call => Assert.Same(version.Template.FontFamilies, call.FontFamilies));
        Assert.Contains("仿宋_GB2312", version.Template.FontFamilies);
    }

    [Fact]
    public async Task AnUploadedTemplateHandsItsOwnFontsToItsPreviews()
    {
        var version = Park.Load();
        var uploaded = DocGen.Templates.Engine.DocxTemplate.Compile(version.TemplateBytes).Template!;
        var form = FormToFill.Uploaded(uploaded, version.Schema, version);
        var converter = new RecordingConverter();
        using var blank = form.PrepareBlank(None);

        await new FormFiller(converter).RenderAsync(form, blank, OutputFormat.Pdf, None);

        Assert.Same(uploaded.FontFamilies, Assert.Single(converter.Calls).FontFamilies);
        Assert.NotSame(version.Template.FontFamilies, uploaded.FontFamilies);
    }

    [Fact]
    public async Task TheTemplateCheckRendersDataThatBreaksRulesAndKeepsTheDocxWhenThereIsNoPdf()
    {
        var version = Park.Load();
        var form = FormToFill.Uploaded(version.Template, version.Schema, version);
        using var prepared = form.Prepare(Park.Sample(data => data["park"]!["name"] = ""), ValidationMode.Final, None);

        var result = await new FormFiller(null).RenderAsync(form, prepared, OutputFormat.Pdf, None);

        Assert.Contains(prepared.Errors, e => e.Pointer == "/park/name");
        Assert.Equal(FillOutcome.PdfUnavailable, result.Outcome);
        Assert.Contains("鹤壁经济技术开发区管理委员会", DocumentText(result.Docx!));
    }

    [Fact]
    public async Task TheCheckPreviewOfACatalogTemplateIsTheCatalogsBlankDocument()
    {
        var version = Park.Load();
        var uploaded = FormToFill.Uploaded(version.Template, version.Schema, version);
        using var blank = uploaded.PrepareBlank(None);

        var preview = await new FormFiller(null).RenderAsync(uploaded, blank, OutputFormat.Docx, None);
        var catalog = await new FormFiller(null).FillBlankAsync(FormToFill.Of(version), OutputFormat.Docx, None);

        Assert.Equal(catalog.Document, preview.Document);
    }

    [Fact]
    public async Task AnUploadedTemplateThatDoesNotCompileIsNotRenderedButItsSampleIsJudged()
    {
        var version = Park.Load();
        var form = FormToFill.Uploaded(null, version.Schema, version);
        using var prepared = form.Prepare("{}"u8.ToArray(), ValidationMode.Final, None);

        var result = await new FormFiller(null).RenderAsync(form, prepared, OutputFormat.Docx, None);

        Assert.NotEmpty(prepared.Errors);
        Assert.Equal(FillOutcome.NotRendered, result.Outcome);
    }

    private static string DocumentText(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }
}
