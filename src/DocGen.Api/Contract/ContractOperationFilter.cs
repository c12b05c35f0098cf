using System.Text.Json.Nodes;
using DocGen.Api.Access;
using DocGen.Api.Forms;
using DocGen.Api.Problems;
using DocGen.Validation;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DocGen.Api.Contract;

/// <summary>
/// Completes each operation from its endpoint's metadata (<see cref="ContractConventions"/>) and from the rules the
/// service applies to every request: writes need the API key (401), bodies have a limit (413), everything but
/// health is rate limited (429). Known query parameters get their enums and descriptions.
/// </summary>
internal sealed class ContractOperationFilter : IOperationFilter
{
    public const string SecuritySchemeId = "ApiKey";
    public const string FormDataSchemaId = "FormData";

    private static readonly Dictionary<int, string> ProblemDescriptions = new()
    {
        [400] = "请求无效：请求体不是有效的 JSON，或查询参数无效（parameter 指出哪一个）",
        [401] = "需要 API 密钥：未提供或无效的 X-Api-Key",
        [404] = "未找到：表单、版本或示例不存在（suggestions 给出最接近的）",
        [413] = "请求体过大：超过服务的上限（limit，字节）",
        [415] = "请求类型不受支持：Content-Type 不是此操作接受的类型",
        [422] = "数据校验未通过或无法生成文档：errors 列出每个问题（pointer 为 JSON 指针，field 为表单上的字段名）",
        [429] = "请求过于频繁：等待 Retry-After 秒后重试",
        [502] = "PDF 转换失败",
        [503] = "PDF 转换未启用或队列已满：有 Retry-After 时等待后重试，否则改用 format=docx",
        [504] = "PDF 转换超时",
    };

    private static readonly Dictionary<string, (string? Description, IReadOnlyList<string>? Values)> KnownParameters = new()
    {
        ["authority"] = ("发文机关：miit、henan、hebei、guangzhou…（见 GET /api/forms）", null),
        ["form"] = ("表单 id（见 GET /api/forms）", null),
        ["version"] = ("模板版本；省略时为最新版本", null),
        ["format"] = ("输出格式：docx（可编辑）、pdf（打印）、pdfa（PDF/A-2b 存档）；默认 docx", [.. Enum.GetNames<OutputFormat>().Select(n => n.ToLowerInvariant())]),
        ["mode"] = ("校验方式：draft（默认，只查类型、格式与限制，用于待企业补填的预填表）或 final（另查必填项）", [.. Enum.GetNames<ValidationMode>().Select(n => n.ToLowerInvariant())]),
        ["name"] = ("示例名称", null),
        ["name@query"] = ("批量生成时每份文件的命名字段：JSON 指针（/applicant/name）或路径（applicant.name）；省略或数据中没有该字段时用表单文件名；重名时加 (2)、(3)…", null),
        ["from"] = ("较早的版本；省略时为 to 的前一个版本", null),
        ["to"] = ("较新的版本；省略时为最新版本", null),
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var description = context.ApiDescription;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        operation.Responses ??= [];
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemAnswer), context.SchemaRepository);

        if (ApiKeyMiddleware.IsReadOnly(description.HttpMethod ?? HttpMethods.Get))
        {
            operation.Security = [];
        }
        else
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecuritySchemeId, context.Document)] = [] }];
            AddProblem(operation, 401, problem);
            AddProblem(operation, 413, problem);
        }
        if (RateLimiting.Applies("/" + description.RelativePath)) AddProblem(operation, 429, problem);

        foreach (var (status, response) in operation.Responses)
        {
            if (response is not OpenApiResponse concrete) continue;
            if (int.TryParse(status, out var code) && concrete.Content?.ContainsKey(ContractMediaTypes.Problem) == true && ProblemDescriptions.TryGetValue(code, out var text))
                concrete.Description = text;
            if (code is 429 or 503) AddHeaders(concrete, ContractHeaders.RetryAfter);
            if (code == 401) AddHeaders(concrete, ContractHeaders.WwwAuthenticate);
        }
        foreach (var headers in metadata.OfType<ResponseHeaders>())
        {
            if (operation.Responses.TryGetValue(headers.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response) && response is OpenApiResponse concrete)
                AddHeaders(concrete, [.. headers.Names]);
        }

        if (metadata.OfType<BinaryAnswer>().LastOrDefault() is { } binary && operation.Responses.TryGetValue("200", out var file) && file is OpenApiResponse fileResponse)
        {
            fileResponse.Content = binary.MediaTypes.ToDictionary(m => m, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } });
        }
        foreach (var text in metadata.OfType<TextAnswer>())
        {
            if (operation.Responses.TryGetValue("200", out var answer) && answer is OpenApiResponse textResponse)
                (textResponse.Content ??= new Dictionary<string, OpenApiMediaType>())[text.MediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
        }

        if (metadata.OfType<FormDataUse>().LastOrDefault() is var use and not FormDataUse.None)
            DescribeFormData(operation, context, use);

        DescribeBoundParameters(operation, metadata.OfType<BoundParameter>());
        var endpointValues = metadata.OfType<QueryValues>().ToDictionary(q => q.Name, q => q.Values);
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name is null) continue;
            // A name in the path is a sample's; in the query (render-batch) it names the field each document is called after.
            var known = KnownParameters.GetValueOrDefault(parameter.In == ParameterLocation.Query ? parameter.Name + "@query" : "") is { Description: not null } inQuery
                ? inQuery
                : KnownParameters.GetValueOrDefault(parameter.Name);
            var values = endpointValues.GetValueOrDefault(parameter.Name) ?? known.Values;
            if (known.Description is not null && !endpointValues.ContainsKey(parameter.Name)) parameter.Description ??= known.Description;
            if (values is { Count: > 0 })
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. values.Select(v => (JsonNode)v)], Default = values[0] };
        }
    }

    /// <summary>Path parameters first, as the route names them; query parameters after the handler's own.</summary>
    private static void DescribeBoundParameters(OpenApiOperation operation, IEnumerable<BoundParameter> bound)
    {
        operation.Parameters ??= [];
        var path = 0;
        foreach (var parameter in bound)
        {
            if (operation.Parameters.Any(p => p.Name == parameter.Name)) continue;
            var described = new OpenApiParameter
            {
                Name = parameter.Name,
                In = parameter.In,
                Required = parameter.In == ParameterLocation.Path,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
            if (parameter.In == ParameterLocation.Path) operation.Parameters.Insert(path++, described);
            else operation.Parameters.Add(described);
        }
    }

    private static void DescribeFormData(OpenApiOperation operation, OperationFilterContext context, FormDataUse use)
    {
        if (!context.SchemaRepository.Schemas.ContainsKey(FormDataSchemaId))
        {
            context.SchemaRepository.AddDefinition(FormDataSchemaId, new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Title = "表单数据",
                Description = "一份表单的数据（JSON 对象），结构见该表单的 JSON Schema（GET /api/forms/{authority}/{form}/schema）；该表单自己的 OpenAPI 文档（…/openapi.json）在此处给出完整的类型",
                AdditionalPropertiesAllowed = true,
            });
        }
        var data = new OpenApiSchemaReference(FormDataSchemaId, context.Document);
        if (use.HasFlag(FormDataUse.Body))
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "表单数据",
                Content = new Dictionary<string, OpenApiMediaType> { [ContractMediaTypes.Json] = new() { Schema = data } },
            };
        }
        if (use.HasFlag(FormDataUse.BodyArray))
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "多份表单数据：JSON 数组，或 JSON Lines（每行一份）",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [ContractMediaTypes.Json] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = data } },
                    [ContractMediaTypes.JsonLines] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "每行一个 JSON 对象" } },
                },
            };
        }
        if (use.HasFlag(FormDataUse.Answer) && operation.Responses!.TryGetValue("200", out var answer) && answer is OpenApiResponse response)
            response.Content = new Dictionary<string, OpenApiMediaType> { [ContractMediaTypes.Json] = new() { Schema = data } };
    }

    private static void AddProblem(OpenApiOperation operation, int status, IOpenApiSchema problem)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key)) return;
        operation.Responses[key] = new OpenApiResponse
        {
            Description = ProblemDescriptions[status],
            Content = new Dictionary<string, OpenApiMediaType> { [ContractMediaTypes.Problem] = new() { Schema = problem } },
        };
    }

    private static void AddHeaders(OpenApiResponse response, params string[] names)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        foreach (var name in names)
        {
            response.Headers[name] = new OpenApiHeader
            {
                Description = ContractHeaders.Descriptions[name],
                Schema = new OpenApiSchema { Type = name == ContractHeaders.RetryAfter ? JsonSchemaType.Integer : JsonSchemaType.String },
            };
        }
    }
}
