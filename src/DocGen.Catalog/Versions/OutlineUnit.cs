namespace DocGen.Templates.Versions;

/// <summary>
/// One comparable piece of a document: a paragraph outside tables, or a table row (its cells' text and merges).
/// <see cref="Key"/> is what must be equal for two units to count as the same (text without whitespace, and merges).
/// </summary>
public sealed record OutlineUnit(OutlineUnitKind Kind, string Location, string Text, string Key, string Merges)
{
    /// <summary>The text as shown in a change: a row's cells joined by " | ", with its merges when it has any.</summary>
    public string Display => Merges.Length == 0 ? Text : $"{Text} [{Merges}]";
}
