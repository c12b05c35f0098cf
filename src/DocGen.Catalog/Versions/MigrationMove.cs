namespace DocGen.Templates.Versions;

/// <summary>A value moved from where the old version kept it to where the new one does.</summary>
public sealed record MigrationMove(string From, string To);
