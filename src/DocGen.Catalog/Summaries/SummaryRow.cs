using System.Text.Json;

namespace DocGen.Templates.Summaries;

/// <summary>A row of the summary a file filled: its JSON pointer in the summary's data (<c>/factories/0</c>) and its values once every file was read.</summary>
public sealed record SummaryRow(string Pointer, JsonElement Values);
