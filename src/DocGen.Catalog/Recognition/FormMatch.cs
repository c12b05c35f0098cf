using DocGen.Templates.Catalog;

namespace DocGen.Templates.Recognition;

/// <summary>A catalog form version and how much of its fixed text a document shares with it (0–1).</summary>
public sealed record FormMatch(FormVersion Version, double Score);
