using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DocGen.Api.Contract;

/// <summary>Lists the tags the operations use, with their descriptions, in the order <see cref="ContractTags"/> gives them.</summary>
internal sealed class ContractDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var used = document.Paths.Values
            .SelectMany(path => path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            .SelectMany(operation => operation.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(tag => tag.Name)
            .OfType<string>()
            .Distinct()
            .OrderBy(name => ContractTags.Descriptions.Keys.ToList().IndexOf(name) is var index and >= 0 ? index : int.MaxValue)
            .ThenBy(name => name, StringComparer.Ordinal);
        document.Tags = new HashSet<OpenApiTag>(used.Select(name => new OpenApiTag
        {
            Name = name,
            Description = ContractTags.Descriptions.GetValueOrDefault(name),
        }));
    }
}
