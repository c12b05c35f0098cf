using System.Security.Cryptography;
using System.Text.Json;
using DocGen.Templates.Catalog;
using DocGen.Templates.Engine;

namespace DocGen.Templates.Summaries;

/// <summary>A summary's data as filled from the files sent, and the report of each file.</summary>
public sealed record SummaryResult(FormVersion Summary, JsonElement Data, SummaryReport Report)
{
    /// <summary>The filled summary table; its properties carry the hash of the data, as every rendered form's do.</summary>
    public RenderResult Render()
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(Data)));
        return Summary.Template.Render(Data, Summary.RenderOptionsFor(hash));
    }
}
