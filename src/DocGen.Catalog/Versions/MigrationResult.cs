using System.Text.Json;
using DocGen.Validation;

namespace DocGen.Templates.Versions;

/// <summary>
/// Data carried over to a later version: the data, the fields moved, the fields the new version asks for that the
/// data lacks (<c>Required</c> when final mode demands them, otherwise fields new in this version), the values the new
/// version has no place for, and what draft validation of the new version says about the data.
/// </summary>
public sealed record MigrationResult(string From, string To, JsonElement Data, IReadOnlyList<MigrationMove> Moved,
    IReadOnlyList<MigrationGap> Missing, IReadOnlyList<MigrationDrop> Dropped, IReadOnlyList<DataError> Errors);
