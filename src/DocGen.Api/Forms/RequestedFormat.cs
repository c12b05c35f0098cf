using System.Reflection;
using DocGen.Api.Contract;
using DocGen.Api.Hosting;
using DocGen.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.OpenApi;

namespace DocGen.Api.Forms;

/// <summary>The <c>format</c> query parameter (docx when absent); any other value is the 400 naming it.</summary>
internal sealed class RequestedFormat : IRefusableParameter, IEndpointParameterMetadataProvider
{
    private RequestedFormat(OutputFormat value, ProblemHttpResult? refusal = null)
    {
        Value = value;
        Refusal = refusal;
    }

    public OutputFormat Value { get; }

    public ProblemHttpResult? Refusal { get; }

    public static ValueTask<RequestedFormat?> BindAsync(HttpContext context)
    {
        string? format = context.Request.Query["format"];
        return ValueTask.FromResult<RequestedFormat?>(format?.ToLowerInvariant() switch
        {
            null or "" or "docx" => new RequestedFormat(OutputFormat.Docx),
            "pdf" => new RequestedFormat(OutputFormat.Pdf),
            "pdfa" => new RequestedFormat(OutputFormat.PdfA),
            _ => new RequestedFormat(OutputFormat.Docx, Problem.BadParameter("format", $"format 应为 docx、pdf 或 pdfa（当前“{format}”）")),
        });
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) =>
        RefusedParameters.Guard(builder, new BoundParameter("format", ParameterLocation.Query));
}
