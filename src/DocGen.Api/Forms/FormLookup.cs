using DocGen.Api.Problems;
using DocGen.Templates.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocGen.Api.Forms;

/// <summary>Finds authority/form@version in the current catalog, or the 404 answer that says what exists instead.</summary>
internal static class FormLookup
{
    public static (FormVersion? Version, ProblemHttpResult? NotFound) Resolve(FormCatalog catalog, string authority, string form, string? version)
    {
        var snapshot = catalog.Current;
        var entry = snapshot.Find(authority, form);
        if (entry is null) return (null, UnknownForm(snapshot, $"{authority}/{form}"));
        var found = entry.Find(version);
        if (found is null)
        {
            var versions = entry.Versions.Select(v => v.Version).ToList();
            return (null, Problem.Create(ProblemTypes.UnknownVersion,
                $"表单 {entry.Id} 没有版本 {version}；现有版本：{string.Join("、", versions)}",
                new Dictionary<string, object?> { ["versions"] = versions, ["suggestions"] = versions }));
        }
        return (found, null);
    }

    /// <summary>The 404 for a form that does not exist, with the forms whose names are closest to <paramref name="id"/>.</summary>
    public static ProblemHttpResult UnknownForm(CatalogSnapshot snapshot, string id)
    {
        var suggestions = snapshot.Suggest(id);
        return Problem.Create(ProblemTypes.UnknownForm,
            $"没有表单 {id}" + (suggestions.Count > 0 ? $"；您是否要找：{string.Join("、", suggestions)}" : ""),
            new Dictionary<string, object?> { ["suggestions"] = suggestions });
    }
}
