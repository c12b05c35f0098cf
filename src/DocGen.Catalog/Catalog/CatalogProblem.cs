using DocGen.Templates.Diagnostics;

namespace DocGen.Templates.Catalog;

/// <summary>A version folder that failed to load, with every reason; it is not served.</summary>
public sealed record CatalogProblem(string Key, string Directory, IReadOnlyList<Diagnostic> Diagnostics);
