using System.Text.Json;
using System.Text.Json.Nodes;
using DocGen.Templates.Catalog;

namespace DocGen.Api.Contract;

/// <summary>
/// One form's own OpenAPI document, cut from the service's: the operations on that form at its concrete path, with
/// the form's JSON Schema as <c>FormData</c> (render and validate bodies, batch items, samples). A client generated
/// from it has a typed model of the form's data, its Chinese titles and instructions as documentation.
/// </summary>
internal static class FormContract
{
    private const string FormPath = "/api/forms/{authority}/{form}";
    private const string SchemasPointer = "#/components/schemas/";

    public static JsonObject Describe(JsonObject service, FormVersion version, string latest)
    {
        var document = new JsonObject
        {
            ["openapi"] = service["openapi"]?.DeepClone(),
            ["info"] = new JsonObject
            {
                ["title"] = $"{version.Manifest.Title}（{version.Key}）",
                ["version"] = version.Version,
                ["description"] = $"DocGen 表单 {version.Key} 的接口：{version.Manifest.Notice.Title} {version.Manifest.Attachment}。"
                    + "请求体与示例即该版本的 JSON Schema（FormData）；请求时以 version=" + version.Version + " 固定版本。",
            },
            ["servers"] = service["servers"]?.DeepClone(),
        };
        var concrete = $"/api/forms/{version.Authority}/{version.Form}";
        var paths = new JsonObject();
        foreach (var (path, item) in service["paths"]!.AsObject())
        {
            if (path != FormPath && !path.StartsWith(FormPath + "/", StringComparison.Ordinal)) continue;
            var pathItem = item!.DeepClone().AsObject();
            foreach (var (_, operation) in pathItem)
                if (operation is JsonObject op) Pin(op, version, latest);
            paths[concrete + path[FormPath.Length..]] = pathItem;
        }
        document["paths"] = paths;

        var schemas = service["components"]!["schemas"]!.DeepClone().AsObject();
        schemas[ContractOperationFilter.FormDataSchemaId] = FormSchema(version);
        var components = service["components"]!.DeepClone().AsObject();
        components["schemas"] = Referenced(paths, schemas);
        document["components"] = components;

        var usedTags = paths.SelectMany(p => p.Value!.AsObject()).SelectMany(o => o.Value?["tags"]?.AsArray() ?? []).Select(t => t!.GetValue<string>()).ToHashSet();
        document["tags"] = new JsonArray([.. service["tags"]!.AsArray().Where(t => usedTags.Contains(t!["name"]!.GetValue<string>())).Select(t => t!.DeepClone())]);
        return document;
    }

    /// <summary>The path parameters become the form's own path; version and sample names are the ones this form has.</summary>
    private static void Pin(JsonObject operation, FormVersion version, string latest)
    {
        if (operation["parameters"] is not JsonArray parameters) return;
        foreach (var parameter in parameters.OfType<JsonObject>().ToList())
        {
            var name = parameter["name"]?.GetValue<string>();
            var location = parameter["in"]?.GetValue<string>();
            if (location == "path" && name is "authority" or "form")
            {
                parameters.Remove(parameter);
            }
            else if (location == "query" && name == "version")
            {
                parameter["description"] = $"模板版本：本文档描述 {version.Version}，请求时应固定此版本（省略时为最新版本 {latest}）";
                parameter["schema"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(version.Version), ["default"] = version.Version };
            }
            else if (location == "path" && name == "name" && version.Samples.Count > 0)
            {
                parameter["schema"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. version.Samples.Keys.Select(v => (JsonNode)v)]) };
            }
        }
    }

    /// <summary>
    /// The form's JSON Schema as an OpenAPI 3.1 schema (both are JSON Schema 2020-12). Titles join the descriptions,
    /// because generators write descriptions into the documentation of the classes and properties they make.
    /// </summary>
    private static JsonObject FormSchema(FormVersion version)
    {
        var schema = JsonNode.Parse(version.Schema.Root.GetRawText())!.AsObject();
        schema.Remove("$schema");
        JoinTitles(schema);
        return schema;
    }

    private static void JoinTitles(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["title"]?.GetValueKind() == JsonValueKind.String)
                {
                    var title = obj["title"]!.GetValue<string>();
                    var description = obj["description"]?.GetValueKind() == JsonValueKind.String ? obj["description"]!.GetValue<string>() : null;
                    obj["description"] = string.IsNullOrEmpty(description) ? title : $"{title}：{description}";
                }
                foreach (var (key, child) in obj.ToList())
                    if (key is not ("enum" or "const" or "default" or "examples")) JoinTitles(child);
                break;
            case JsonArray array:
                foreach (var child in array) JoinTitles(child);
                break;
        }
    }

    /// <summary>The component schemas the paths reach, directly or through other schemas.</summary>
    private static JsonObject Referenced(JsonNode paths, JsonObject schemas)
    {
        var kept = new JsonObject();
        var pending = new Stack<JsonNode>([paths]);
        while (pending.TryPop(out var node))
        {
            foreach (var reference in References(node))
            {
                if (!reference.StartsWith(SchemasPointer, StringComparison.Ordinal)) continue;
                var id = reference[SchemasPointer.Length..];
                if (kept.ContainsKey(id) || !schemas.TryGetPropertyValue(id, out var schema) || schema is null) continue;
                kept[id] = schema.DeepClone();
                pending.Push(schema);
            }
        }
        return new JsonObject(kept.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
    }

    private static IEnumerable<string> References(JsonNode node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "$ref" && p.Value?.GetValueKind() == JsonValueKind.String ? [p.Value.GetValue<string>()] : p.Value is null ? [] : References(p.Value)),
        JsonArray array => array.OfType<JsonNode>().SelectMany(References),
        _ => [],
    };
}
