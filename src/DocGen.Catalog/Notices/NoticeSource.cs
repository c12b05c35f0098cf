using DocGen.Templates.Catalog;
using DocGen.Templates.Diagnostics;

namespace DocGen.Templates.Notices;

/// <summary>
/// form.yaml's <c>source</c>: the notice file and lines a version's text was taken from. Files are named relative to
/// the folder that holds <c>templates/</c> (the repository, or the synced templates repository), so the notices
/// travel with the templates.
/// </summary>
public static class NoticeSource
{
    /// <summary>The folder <c>source.file</c> is relative to, for a version folder <c>…/templates/authority/form/version</c>.</summary>
    public static string RootFor(string versionDirectory) => Path.GetFullPath(Path.Combine(versionDirectory, "..", "..", "..", ".."));

    /// <summary>
    /// The full path of the notice file, or null when the manifest names none. A path leaving the root is an
    /// error; a missing file or lines beyond its end are warnings (the version is still served, the coverage
    /// tests fail).
    /// </summary>
    public static string? Resolve(FormManifest.SourceInfo source, string versionDirectory, Action<DiagnosticSeverity, string> report)
    {
        if (string.IsNullOrWhiteSpace(source.File))
        {
            if (!string.IsNullOrWhiteSpace(source.Lines)) report(DiagnosticSeverity.Error, "source.lines is given without source.file");
            return null;
        }
        var root = RootFor(versionDirectory);
        var path = Path.GetFullPath(Path.Combine(root, source.File));
        if (Path.IsPathRooted(source.File) || source.File.Contains('\\') || !path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            report(DiagnosticSeverity.Error, $"source.file \"{source.File}\" must be a path inside the repository, e.g. notices/henan/ygxbj-2023-16.txt");
            return null;
        }
        if (!LineRange.TryParse(source.Lines, out var range))
        {
            report(DiagnosticSeverity.Error, $"source.lines \"{source.Lines}\" must be a range of lines such as 134-366");
            return null;
        }
        if (!File.Exists(path))
        {
            report(DiagnosticSeverity.Warning, $"source.file {source.File} does not exist");
            return null;
        }
        var notice = NoticeDocument.Read(path);
        if (range.Last > notice.Lines.Count)
            report(DiagnosticSeverity.Warning, $"source.lines {range} go beyond the end of {source.File} ({notice.Lines.Count} lines)");
        else if (range.First < notice.FirstTextLine)
            report(DiagnosticSeverity.Warning, $"source.lines {range} start in the header of {source.File} (its text starts on line {notice.FirstTextLine})");
        return path;
    }
}
