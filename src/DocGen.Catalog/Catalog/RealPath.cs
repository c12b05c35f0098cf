namespace DocGen.Templates.Catalog;

/// <summary>
/// A path with every symbolic link on the way resolved, as realpath(3) gives it. git-sync publishes a commit by
/// pointing a link at a new, complete worktree; reading through the resolved path reads one commit throughout.
/// </summary>
internal static class RealPath
{
    public static string Of(string path)
    {
        var resolved = Path.GetPathRoot(Path.GetFullPath(path))!;
        var pending = new Queue<string>(Path.GetFullPath(path)[resolved.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        for (var hops = 0; pending.Count > 0;)
        {
            var next = Path.Combine(resolved, pending.Dequeue());
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target && hops++ < 40)
            {
                // A link's target is read relative to the link's folder and may itself hold links.
                var rest = pending.ToList();
                var absolute = Path.GetFullPath(Path.Combine(resolved, target));
                resolved = Path.GetPathRoot(absolute)!;
                pending = new Queue<string>(absolute[resolved.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
            }
            else
            {
                resolved = next;
            }
        }
        return resolved;
    }
}
