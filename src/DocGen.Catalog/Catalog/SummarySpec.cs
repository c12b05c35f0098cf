using YamlDotNet.Serialization;

namespace DocGen.Templates.Catalog;

/// <summary>
/// form.yaml <c>summary:</c> of a summary table (推荐汇总表, 案例汇总表): which filled forms it collects and, for each,
/// which of their fields fill a row (docs/extraction.md).
/// </summary>
public sealed class SummarySpec
{
    public List<SummarySourceSpec> Sources { get; set; } = [];

    /// <summary>The form.yaml line of each entry of the block, by its path (<c>summary.sources[0].fields.name</c>), for problems that name it.</summary>
    [YamlIgnore]
    public IReadOnlyDictionary<string, int> Lines { get; set; } = new Dictionary<string, int>();
}
