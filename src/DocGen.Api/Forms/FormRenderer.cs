using System.Security.Cryptography;
using System.Text.Json;
using DocGen.Api.Hosting;
using DocGen.Api.Problems;
using DocGen.Conversion;
using DocGen.Filling.Batch;
using DocGen.Templates.Catalog;
using DocGen.Validation;

namespace DocGen.Api.Forms;

/// <summary>Validate, render, convert: the one path every filled or blank document takes.</summary>
internal sealed class FormRenderer(PdfPoolHost pdf, ILogger<FormRenderer> logger)
{
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = JsonErrorText.MaxDepth };
    private static readonly JsonElement Empty = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>Reads the request body as JSON, at most <paramref name="limit"/> bytes; the hash of its bytes goes into the document's properties.</summary>
    public static async Task<(JsonDocument? Data, string Hash, IResult? Error)> ReadBodyAsync(HttpContext context, long limit, CancellationToken cancellationToken)
    {
        var (body, tooLarge) = BodyLimit.Apply(context, limit);
        if (tooLarge is not null) return (null, "", tooLarge);
        using var buffer = new MemoryStream();
        try
        {
            await body!.CopyToAsync(buffer, cancellationToken);
        }
        catch (RequestTooLargeException)
        {
            return (null, "", Problem.TooLarge(limit));
        }
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes.Span));
        if (bytes.Length == 0) return (null, hash, Problem.MalformedJson("请求体为空：需要一个 JSON 对象"));
        try
        {
            var document = JsonText.WithoutLoneSurrogates(JsonDocument.Parse(bytes, ParseOptions), bytes, ParseOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                return (null, hash, Problem.MalformedJson("请求体应为 JSON 对象（{…}）"));
            }
            return (document, hash, null);
        }
        catch (JsonException e)
        {
            return (null, hash, Problem.MalformedJson(JsonErrorText.Describe(e)));
        }
    }

    public static (ValidationMode Mode, IResult? Error) ParseMode(string? mode) => mode?.ToLowerInvariant() switch
    {
        null or "" or "draft" => (ValidationMode.Draft, null),
        "final" => (ValidationMode.Final, null),
        _ => (ValidationMode.Draft, Problem.BadParameter("mode", $"mode 应为 draft 或 final（当前“{mode}”）")),
    };

    /// <summary>Renders validated data; every failure is a problem answer and nothing half-made is sent.</summary>
    public async Task<IResult> RenderAsync(FormVersion version, JsonElement data, string hash, ValidationMode mode, OutputFormat format, CancellationToken cancellationToken)
    {
        var (document, problem) = await ProduceAsync(version, data, hash, mode, format, cancellationToken);
        return problem ?? DownloadResult.File(document!);
    }

    /// <summary>
    /// The blank form: the notice's attachment with nothing filled in (draft rules, no data). Its name carries the
    /// issuer, the version and 空白, since several issuers publish forms of the same title.
    /// </summary>
    public Task<(RenderedDocument? Document, IResult? Problem)> ProduceBlankAsync(FormVersion version, OutputFormat format, CancellationToken cancellationToken) =>
        ProduceAsync(version, Empty, "blank", ValidationMode.Draft, format, cancellationToken, BlankName(version));

    /// <summary>e.g. <c>河南省工业和信息化厅 绿色工厂自评价报告（2024年版）空白</c>.</summary>
    public static string BlankName(FormVersion version)
    {
        var edition = version.Version.All(char.IsAsciiDigit) ? $"{version.Version}年版" : $"{version.Version}版";
        return $"{version.Manifest.AuthorityName} {version.Manifest.Title}（{edition}）空白".Trim();
    }

    private async Task<(RenderedDocument? Document, IResult? Problem)> ProduceAsync(
        FormVersion version, JsonElement data, string hash, ValidationMode mode, OutputFormat format, CancellationToken cancellationToken, string? name = null)
    {
        var (prepared, errors) = version.Prepare(data, mode, cancellationToken);
        if (prepared is not { } filled) return (null, Problem.Invalid(errors));
        var result = version.Template.Render(filled, version.RenderOptionsFor(hash) with { Cancellation = cancellationToken });
        if (!result.Succeeded)
        {
            return (null, Problem.Create(ProblemTypes.RenderFailed,
                string.Join("\n", result.Problems.Select(p => p.ToString())),
                new Dictionary<string, object?> { ["errors"] = result.Problems.Select(p => new FieldError("", p.Tag, p.Message)).ToList() }));
        }
        var fileName = (name ?? version.FileNameFor(data)) + format.Extension();
        var ascii = DownloadResult.Ascii(name is null ? version.Form : $"{version.Authority}-{version.Form}-{version.Version}-blank", format.Extension());
        return await FinishAsync(version, result.Document!, hash, format, fileName, ascii, cancellationToken);
    }

    /// <summary>A rendered DOCX as the document to send: itself, or converted to PDF through the pool; every conversion failure is a problem answer.</summary>
    public async Task<(RenderedDocument? Document, IResult? Problem)> FinishAsync(
        FormVersion version, byte[] docx, string hash, OutputFormat format, string fileName, string asciiFileName, CancellationToken cancellationToken)
    {
        if (format == OutputFormat.Docx) return (new RenderedDocument(docx, format.ContentType(), fileName, asciiFileName, null), null);

        if (pdf.Converter is not { } converter)
            return (null, Problem.Create(ProblemTypes.PdfUnavailable, "本服务未启用 PDF 转换（Pdf:Enabled=false）；请改用 format=docx"));
        var properties = version.PropertiesFor(hash);
        try
        {
            var converted = await converter.ConvertAsync(docx, new PdfConversionOptions
            {
                PdfA = format == OutputFormat.PdfA,
                Title = properties.Title,
                Subject = properties.Subject,
                Keywords = properties.Keywords,
            }, cancellationToken);
            var unmapped = converted.FontSubstitutions.Where(f => !f.Mapped).ToList();
            if (unmapped.Count > 0)
                logger.LogWarning("{Form}: fonts substituted without a mapping: {Fonts}", version.Key, string.Join(", ", unmapped.Select(f => $"{f.Requested}→{f.Substitute}")));
            return (new RenderedDocument(converted.Pdf, format.ContentType(), fileName, asciiFileName,
                converted.FontSubstitutions.Count == 0 ? null : string.Join("; ", converted.FontSubstitutions.Select(f => $"{f.Requested}={f.Substitute}"))), null);
        }
        catch (PdfConversionException e)
        {
            return (null, PdfProblems.For(e));
        }
    }
}
