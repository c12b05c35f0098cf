namespace DocGen.Authoring;

/// <summary>A problem in a form source, e.g. line 12: "row has 5 cells, table has 4 columns".</summary>
/// <param name="Line">1-based line of the source the problem is on.</param>
/// <param name="Message">A plain explanation, without the line number.</param>
public sealed record AuthoringError(int Line, string Message);
