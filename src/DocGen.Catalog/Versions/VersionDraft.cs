using DocGen.Templates.Diagnostics;

namespace DocGen.Templates.Versions;

/// <summary>
/// A new version made from a new notice: its folder, the version it stands on (null for a full copy), what was set
/// from the notice, and what a person must still review — the notice's text the template lacks and the template's
/// text the new notice no longer has — with the diagnostics of loading it.
/// </summary>
public sealed record VersionDraft(string Directory, string? StandsOn, IReadOnlyList<string> Settings,
    IReadOnlyList<ReviewItem> NoticeTextMissing, IReadOnlyList<ReviewItem> TemplateTextDropped, IReadOnlyList<Diagnostic> Diagnostics);
