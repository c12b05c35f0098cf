using System.Reflection;
using DocGen.Api.Contract;
using DocGen.Api.Hosting;
using DocGen.Templates.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.OpenApi;

namespace DocGen.Api.Forms;

/// <summary>
/// The form version a request names: <c>{authority}/{form}</c> in its path and <c>version</c> in its query (the latest
/// when absent), found in the current catalog once, before the handler runs; an unknown one is the 404 with suggestions.
/// </summary>
internal sealed class RequestedForm : IRefusableParameter, IEndpointParameterMetadataProvider
{
    private readonly FormVersion? _version;

    private RequestedForm(FormVersion? version, ProblemHttpResult? refusal)
    {
        _version = version;
        Refusal = refusal;
    }

    public FormVersion Version => _version ?? throw new InvalidOperationException("A refused form reached its handler");

    public ProblemHttpResult? Refusal { get; }

    public static ValueTask<RequestedForm?> BindAsync(HttpContext context)
    {
        var catalog = context.RequestServices.GetRequiredService<FormCatalog>();
        var (version, notFound) = FormLookup.Resolve(catalog,
            (string)context.Request.RouteValues["authority"]!, (string)context.Request.RouteValues["form"]!, context.Request.Query["version"]);
        return ValueTask.FromResult<RequestedForm?>(new RequestedForm(version, notFound));
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) => RefusedParameters.Guard(builder,
        new BoundParameter("authority", ParameterLocation.Path), new BoundParameter("form", ParameterLocation.Path), new BoundParameter("version", ParameterLocation.Query));
}
