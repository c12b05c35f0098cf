using DocGen.Templates.Diagnostics;

namespace DocGen.Templates.Catalog;

/// <summary>The catalog as loaded at one moment: immutable, so requests in flight keep a consistent view during a reload.</summary>
public sealed class CatalogSnapshot(IReadOnlyList<CatalogForm> forms, IReadOnlyList<CatalogProblem> problems)
{
    public IReadOnlyList<CatalogForm> Forms { get; } = forms;

    /// <summary>Version folders that failed to load and are not served.</summary>
    public IReadOnlyList<CatalogProblem> Problems { get; } = problems;

    public CatalogForm? Find(string authority, string form) =>
        Forms.FirstOrDefault(f => f.Authority == authority && f.Form == form);

    /// <summary>The ids nearest to a wrong one, for "did you mean" answers.</summary>
    public IReadOnlyList<string> Suggest(string id, int count = 3) =>
        Forms.Select(f => (f.Id, Distance: NearestName.Distance(id, f.Id) - (f.Id.Contains(id.Split('/').Last(), StringComparison.Ordinal) ? 10 : 0)))
            .OrderBy(f => f.Distance).ThenBy(f => f.Id, StringComparer.Ordinal).Take(count).Select(f => f.Id).ToList();
}
