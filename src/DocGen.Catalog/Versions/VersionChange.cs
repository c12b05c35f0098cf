namespace DocGen.Templates.Versions;

/// <summary>
/// One difference between two versions of a form: where it is (正文第3段, 表2第5行, 字段 /company/name), whether it was
/// added, removed or changed, and the text (or field description) before and after.
/// </summary>
public sealed record VersionChange(string Location, string Kind, string? Before, string? After)
{
    public const string Added = "added";
    public const string Removed = "removed";
    public const string Changed = "changed";
}
