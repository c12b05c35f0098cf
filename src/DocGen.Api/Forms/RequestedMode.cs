using System.Reflection;
using DocGen.Api.Contract;
using DocGen.Api.Hosting;
using DocGen.Api.Problems;
using DocGen.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.OpenApi;

namespace DocGen.Api.Forms;

/// <summary>The <c>mode</c> query parameter (draft when absent); any other value is the 400 naming it.</summary>
internal sealed class RequestedMode : IRefusableParameter, IEndpointParameterMetadataProvider
{
    private RequestedMode(ValidationMode value, ProblemHttpResult? refusal = null)
    {
        Value = value;
        Refusal = refusal;
    }

    public ValidationMode Value { get; }

    public ProblemHttpResult? Refusal { get; }

    public static ValueTask<RequestedMode?> BindAsync(HttpContext context)
    {
        string? mode = context.Request.Query["mode"];
        return ValueTask.FromResult<RequestedMode?>(mode?.ToLowerInvariant() switch
        {
            null or "" or "draft" => new RequestedMode(ValidationMode.Draft),
            "final" => new RequestedMode(ValidationMode.Final),
            _ => new RequestedMode(ValidationMode.Draft, Problem.BadParameter("mode", $"mode 应为 draft 或 final（当前“{mode}”）")),
        });
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) =>
        RefusedParameters.Guard(builder, new BoundParameter("mode", ParameterLocation.Query));
}
