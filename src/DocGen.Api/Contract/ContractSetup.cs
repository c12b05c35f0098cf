using DocGen.Api.Access;
using Microsoft.OpenApi;

namespace DocGen.Api.Contract;

/// <summary>The service's OpenAPI document at <c>/api/openapi.json</c> (OpenAPI 3.1) and Swagger UI at <c>/swagger</c>.</summary>
internal static class ContractSetup
{
    public const string DocumentName = "openapi";
    public const string DocumentPath = "/api/" + DocumentName + ".json";
    public const OpenApiSpecVersion SpecVersion = OpenApiSpecVersion.OpenApi3_1;

    public static IServiceCollection AddDocGenContract(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "DocGen",
                Version = "v1",
                Description = "绿色制造表单：按模板版本从 JSON 生成 DOCX/PDF。错误一律为 application/problem+json（RFC 9457）。"
                    + "每个表单另有自己的文档（GET /api/forms/{authority}/{form}/openapi.json），其中表单数据有完整的类型。",
            });
            options.AddSecurityDefinition(ContractOperationFilter.SecuritySchemeId, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeys.Header,
                Description = "服务配置了 Access:ApiKeys 时，写操作（POST）需要此请求头；未配置时服务开放。读取（目录、Schema、示例、空白表单）始终开放。",
            });
            // A JSON document passed through as it is (a form's JSON Schema, a form's OpenAPI document): any object.
            options.MapType<System.Text.Json.Nodes.JsonObject>(() => new OpenApiSchema { Type = JsonSchemaType.Object });
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.IncludeXmlComments(typeof(ContractSetup).Assembly);
            options.OperationFilter<ContractOperationFilter>();
            options.DocumentFilter<ContractDocumentFilter>();
        });
        return services;
    }

    public static WebApplication UseDocGenContract(this WebApplication app)
    {
        app.UseSwagger(options =>
        {
            options.RouteTemplate = "api/{documentName}.json";
            options.OpenApiVersion = SpecVersion;
            options.PreSerializeFilters.Add((document, request) => document.Servers = [ServerOf(request)]);
        });
        app.UseSwaggerUI(options => options.SwaggerEndpoint(DocumentPath, "DocGen"));
        return app;
    }

    /// <summary>The service as the client reached it, so a generated client's default base address is the one it was generated from.</summary>
    public static OpenApiServer ServerOf(HttpRequest request) => new()
    {
        Url = $"{request.Scheme}://{request.Host}{request.PathBase}",
        Description = "本服务",
    };
}
