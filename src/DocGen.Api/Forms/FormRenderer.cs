using System.Text.Json;
using DocGen.Api.Contract;
using DocGen.Api.Hosting;
using DocGen.Api.Problems;
using DocGen.Templates.Catalog;
using DocGen.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocGen.Api.Forms;

/// <summary>The API's front on the <see cref="FormFiller"/>: request bodies in, documents or problem answers out.</summary>
internal sealed class FormRenderer(PdfPoolHost pdf, ILogger<FormRenderer> logger)
{
    // The pool starts with the host, after this singleton may have been made: its converter is read at each use.
    private FormFiller Filler => new(pdf.Converter);

    /// <summary>Reads the request body as form data, at most <paramref name="limit"/> bytes; the hash of its bytes goes into the document's properties.</summary>
    public static async Task<(JsonDocument? Data, string Hash, ProblemHttpResult? Error)> ReadBodyAsync(HttpContext context, long limit, CancellationToken cancellationToken)
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
        var reading = FormDataReader.Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        return reading.Problem?.Kind switch
        {
            null => (reading.Document, reading.Hash, null),
            FormDataProblemKind.Empty => (null, reading.Hash, Problem.MalformedJson("请求体为空：需要一个 JSON 对象")),
            FormDataProblemKind.NotObject => (null, reading.Hash, Problem.MalformedJson("请求体应为 JSON 对象（{…}）")),
            _ => (null, reading.Hash, Problem.MalformedJson(reading.Problem.ParseFailure)),
        };
    }

    /// <summary>Fills the form with data read from the body; every failure is a problem answer and nothing half-made is sent.</summary>
    public async Task<Results<DownloadResult, ProblemHttpResult>> RenderAsync(FormVersion version, JsonElement data, string hash, ValidationMode mode, OutputFormat format, CancellationToken cancellationToken)
    {
        var result = await Filler.FillAsync(FormToFill.Of(version), data, hash, format, mode, cancellationToken);
        var (document, problem) = Answer(version, result, format, DownloadResult.Ascii(version.Form, format.Extension()));
        return problem is null ? DownloadResult.File(document!) : problem;
    }

    /// <summary>The blank form (draft rules, no data), named with its issuer, version and 空白.</summary>
    public async Task<(RenderedDocument? Document, ProblemHttpResult? Problem)> ProduceBlankAsync(FormVersion version, OutputFormat format, CancellationToken cancellationToken)
    {
        var result = await Filler.FillBlankAsync(FormToFill.Of(version), format, cancellationToken);
        return Answer(version, result, format, DownloadResult.Ascii($"{version.Authority}-{version.Form}-{version.Version}-blank", format.Extension()));
    }

    /// <summary>A DOCX rendered elsewhere (a summary) as the document to send: itself, or converted to PDF.</summary>
    public async Task<(RenderedDocument? Document, ProblemHttpResult? Problem)> FinishAsync(
        FormVersion version, byte[] docx, string hash, OutputFormat format, string fileName, string asciiFileName, CancellationToken cancellationToken)
    {
        var result = await Filler.ConvertAsync(FormToFill.Of(version), docx, hash, format, cancellationToken);
        return Answer(version, result, format, asciiFileName, fileName);
    }

    private (RenderedDocument? Document, ProblemHttpResult? Problem) Answer(FormVersion version, FillResult result, OutputFormat format, string asciiFileName, string? fileName = null)
    {
        switch (result.Outcome)
        {
            case FillOutcome.Filled:
                var substitutions = result.FontSubstitutions;
                var unmapped = substitutions.Where(f => !f.Mapped).ToList();
                if (unmapped.Count > 0)
                    logger.LogWarning("{Form}: fonts substituted without a mapping: {Fonts}", version.Key, string.Join(", ", unmapped.Select(f => $"{f.Requested}→{f.Substitute}")));
                return (new RenderedDocument(result.Document!, format == OutputFormat.Docx ? ContractMediaTypes.Docx : ContractMediaTypes.Pdf, fileName ?? result.FileName + format.Extension(), asciiFileName,
                    substitutions.Count == 0 ? null : string.Join("; ", substitutions.Select(f => $"{f.Requested}={f.Substitute}"))), null);
            case FillOutcome.Invalid:
                return (null, Problem.Invalid(result.Errors));
            case FillOutcome.NotRendered:
                return (null, Problem.Create(ProblemTypes.RenderFailed,
                    string.Join("\n", result.RenderProblems.Select(p => p.ToString())),
                    new Dictionary<string, object?> { ["errors"] = result.RenderProblems.Select(p => new FieldError("", p.Tag, p.Message)).ToList() }));
            case FillOutcome.PdfFailed:
                return (null, PdfProblems.For(result.PdfFailure!));
            default:
                return (null, Problem.Create(ProblemTypes.PdfUnavailable, "本服务未启用 PDF 转换（Pdf:Enabled=false）；请改用 format=docx"));
        }
    }
}
