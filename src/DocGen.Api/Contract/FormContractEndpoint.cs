using System.Text.Json.Nodes;
using DocGen.Api.Forms;
using DocGen.Api.Problems;
using DocGen.Templates.Catalog;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.Swagger;

namespace DocGen.Api.Contract;

/// <summary><c>GET /api/forms/{authority}/{form}/openapi.json?version=</c>: the form's own OpenAPI document.</summary>
internal static class FormContractEndpoint
{
    public static RouteHandlerBuilder MapFormContract(this RouteGroupBuilder forms) =>
        forms.MapGet("/{authority}/{form}/openapi.json", async (RequestedForm requested, HttpRequest request, FormCatalog catalog, ISwaggerProvider provider) =>
        {
            var found = requested.Version;
            var document = FormContract.Describe(await ServiceDocumentAsync(provider, request), found, catalog.Current.Find(found.Authority, found.Form)!.Latest.Version);
            return TypedResults.Text(document.ToJsonString(ProblemJson.Options), "application/json; charset=utf-8");
        })
        .Operation("getFormOpenApi", "该表单自己的 OpenAPI 文档：同样的操作，表单数据为该版本的 JSON Schema（用于生成有类型的客户端）")
        .Produces<JsonObject>(StatusCodes.Status200OK, ContractMediaTypes.Json)
        .Fails(404);

    /// <summary>The service's document as <c>/api/openapi.json</c> serves it to this request.</summary>
    private static async Task<JsonObject> ServiceDocumentAsync(ISwaggerProvider provider, HttpRequest request)
    {
        var document = provider.GetSwagger(ContractSetup.DocumentName);
        document.Servers = [ContractSetup.ServerOf(request)];
        using var text = new StringWriter();
        document.SerializeAs(ContractSetup.SpecVersion, new OpenApiJsonWriter(text));
        await text.FlushAsync();
        return JsonNode.Parse(text.ToString())!.AsObject();
    }
}
