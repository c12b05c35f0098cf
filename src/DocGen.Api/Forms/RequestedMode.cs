using System.Reflection;
using DocGen.Api.Contract;
using DocGen.Api.Hosting;
using DocGen.Validation;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.OpenApi;

namespace DocGen.Api.Forms;

/// <summary>The <c>mode</c> query parameter (draft when absent); any other value is the 400 naming it.</summary>
internal sealed class RequestedMode : IRefusableParameter, IEndpointParameterMetadataProvider
{
    private RequestedMode(ValidationMode value, IResult? refusal)
    {
        Value = value;
        Refusal = refusal;
    }

    public ValidationMode Value { get; }

    public IResult? Refusal { get; }

    public static ValueTask<RequestedMode?> BindAsync(HttpContext context)
    {
        var (mode, bad) = FormRenderer.ParseMode(context.Request.Query["mode"]);
        return ValueTask.FromResult<RequestedMode?>(new RequestedMode(mode, bad));
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) =>
        RefusedParameters.Guard(builder, new BoundParameter("mode", ParameterLocation.Query));
}
