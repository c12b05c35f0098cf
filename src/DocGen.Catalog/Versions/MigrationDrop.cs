namespace DocGen.Templates.Versions;

/// <summary>A value of the old data the new version has no field for (its JSON text).</summary>
public sealed record MigrationDrop(string Pointer, string? Value);
