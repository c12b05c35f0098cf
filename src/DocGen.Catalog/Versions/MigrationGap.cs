namespace DocGen.Templates.Versions;

/// <summary>A field the new version asks for that the carried-over data lacks; <c>Required</c> when final mode demands it.</summary>
public sealed record MigrationGap(string Pointer, string Field, bool Required);
