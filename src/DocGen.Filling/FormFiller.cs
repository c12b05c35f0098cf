using System.Text.Json;
using DocGen.Conversion;
using DocGen.Templates.Catalog;
using DocGen.Validation;

namespace DocGen.Filling;

/// <summary>
/// The one way data becomes a document: read the JSON, compute, validate and render (the steps
/// <see cref="FormToFill"/> takes), then convert. The API's renders and blank forms, batches, the command line and
/// the template check's previews all go through it; each only words the outcome for its audience.
/// </summary>
/// <param name="converter">DOCX → PDF; null when this filler makes DOCX only.</param>
public sealed class FormFiller(IPdfConverter? converter)
{
    /// <summary>Fills <paramref name="form"/> from JSON bytes (a request body, a batch item, a file).</summary>
    public async Task<FillResult> FillAsync(FormToFill form, ReadOnlyMemory<byte> json, OutputFormat format, ValidationMode mode, CancellationToken cancellationToken)
    {
        if (Unavailable(format) is { } unavailable) return unavailable;
        using var prepared = form.Prepare(json, mode, cancellationToken);
        return await FillAsync(form, prepared, format, cancellationToken);
    }

    /// <summary>Fills <paramref name="form"/> from data the caller has read.</summary>
    public async Task<FillResult> FillAsync(FormToFill form, JsonElement data, string hash, OutputFormat format, ValidationMode mode, CancellationToken cancellationToken)
    {
        if (Unavailable(format) is { } unavailable) return unavailable;
        using var prepared = form.Prepare(data, hash, mode, cancellationToken);
        return await FillAsync(form, prepared, format, cancellationToken);
    }

    /// <summary>
    /// The blank form: the notice's attachment with nothing filled in. Its name carries the issuer, the version and
    /// 空白, since several issuers publish forms of the same title.
    /// </summary>
    public async Task<FillResult> FillBlankAsync(FormToFill form, OutputFormat format, CancellationToken cancellationToken)
    {
        if (Unavailable(format) is { } unavailable) return unavailable;
        using var prepared = form.PrepareBlank(cancellationToken);
        var result = await FillAsync(form, prepared, format, cancellationToken);
        return form.Version is { } version ? result with { FileName = BlankName(version) } : result;
    }

    /// <summary>Fills prepared data; data that is unreadable or breaks a rule is refused, and a PDF nobody can make is refused before rendering.</summary>
    public async Task<FillResult> FillAsync(FormToFill form, PreparedData prepared, OutputFormat format, CancellationToken cancellationToken)
    {
        if (Unavailable(format) is { } unavailable) return unavailable;
        if (prepared.Unreadable is { } unreadable) return new FillResult { Outcome = FillOutcome.Unreadable, Unreadable = unreadable };
        if (prepared.Errors.Count > 0) return new FillResult { Outcome = FillOutcome.Invalid, Errors = prepared.Errors };
        return await RenderAsync(form, prepared, format, cancellationToken);
    }

    /// <summary>
    /// Renders (<see cref="FormToFill.Render"/>) and converts whatever the data's problems (the template check shows
    /// the layout of a sample that breaks rules too); the DOCX is kept when there is no PDF.
    /// </summary>
    public async Task<FillResult> RenderAsync(FormToFill form, PreparedData prepared, OutputFormat format, CancellationToken cancellationToken)
    {
        var rendered = form.Render(prepared, cancellationToken);
        if (!rendered.Succeeded) return new FillResult { Outcome = FillOutcome.NotRendered, RenderProblems = rendered.Problems };
        var result = await ConvertAsync(form, rendered.Document!, prepared.Hash, format, cancellationToken);
        return form.Version is { } version ? result with { FileName = version.FileNameFor(prepared.Data) } : result;
    }

    /// <summary>A DOCX rendered from the form's template as the document asked for: itself, or its PDF with the form's properties.</summary>
    public async Task<FillResult> ConvertAsync(FormToFill form, byte[] docx, string hash, OutputFormat format, CancellationToken cancellationToken)
    {
        if (format == OutputFormat.Docx) return new FillResult { Outcome = FillOutcome.Filled, Document = docx, Docx = docx };
        if (converter is null) return new FillResult { Outcome = FillOutcome.PdfUnavailable, Docx = docx };
        var properties = form.Version?.PropertiesFor(hash);
        try
        {
            var converted = await converter.ConvertAsync(docx, new PdfConversionOptions
            {
                PdfA = format == OutputFormat.PdfA,
                Title = properties?.Title,
                Subject = properties?.Subject,
                Keywords = properties?.Keywords,
                FontFamilies = form.Template?.FontFamilies,
            }, cancellationToken);
            return new FillResult { Outcome = FillOutcome.Filled, Document = converted.Pdf, Docx = docx, FontSubstitutions = converted.FontSubstitutions };
        }
        catch (PdfConversionException e)
        {
            return new FillResult { Outcome = FillOutcome.PdfFailed, Docx = docx, PdfFailure = e };
        }
    }

    /// <summary>e.g. <c>河南省工业和信息化厅 绿色工厂自评价报告（2024年版）空白</c>.</summary>
    public static string BlankName(FormVersion version)
    {
        var edition = version.Version.All(char.IsAsciiDigit) ? $"{version.Version}年版" : $"{version.Version}版";
        return $"{version.Manifest.AuthorityName} {version.Manifest.Title}（{edition}）空白".Trim();
    }

    private FillResult? Unavailable(OutputFormat format) =>
        format != OutputFormat.Docx && converter is null ? new FillResult { Outcome = FillOutcome.PdfUnavailable } : null;
}
