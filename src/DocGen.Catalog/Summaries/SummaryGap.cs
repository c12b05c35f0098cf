namespace DocGen.Templates.Summaries;

/// <summary>A row field the mapping reads from a file that the file left empty: the row field, its Chinese title and the pointers tried.</summary>
public sealed record SummaryGap(string Field, string Title, IReadOnlyList<string> From);
