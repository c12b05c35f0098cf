namespace DocGen.Templates.Summaries;

/// <summary>A file that gives a row another value than the file that filled the row first: the first value is kept.</summary>
public sealed record SummaryConflict(string Field, string Kept, string Ignored);
