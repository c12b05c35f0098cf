using System.Reflection;
using DocGen.Api.Contract;
using DocGen.Api.Hosting;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.OpenApi;

namespace DocGen.Api.Forms;

/// <summary>The <c>format</c> query parameter (docx when absent); any other value is the 400 naming it.</summary>
internal sealed class RequestedFormat : IRefusableParameter, IEndpointParameterMetadataProvider
{
    private RequestedFormat(OutputFormat value, IResult? refusal)
    {
        Value = value;
        Refusal = refusal;
    }

    public OutputFormat Value { get; }

    public IResult? Refusal { get; }

    public static ValueTask<RequestedFormat?> BindAsync(HttpContext context)
    {
        var (format, bad) = OutputFormats.Parse(context.Request.Query["format"]);
        return ValueTask.FromResult<RequestedFormat?>(new RequestedFormat(format, bad));
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) =>
        RefusedParameters.Guard(builder, new BoundParameter("format", ParameterLocation.Query));
}
