namespace DocGen.Conversion.Pool;

/// <summary>
/// LibreOffice creates its UNO pipe and its single-instance pipe as Unix sockets named /tmp/OSL_PIPE_*
/// (the directory is fixed in LibreOffice, TMPDIR does not move it). A terminated office removes them; a killed
/// one (timeout, crash, kill -9) leaves them behind. The pool records the sockets its own soffice.bin listens
/// on and deletes exactly those afterwards: an unconfined office's by matching the process's socket inodes against
/// /proc/net/unix (the service's network namespace is the office's), a sandboxed office's from its private /tmp.
/// </summary>
internal static class OfficeIpcSockets
{
    private const string Prefix = "/tmp/OSL_PIPE_";

    public static IReadOnlyList<string> ListenedOnBy(int pid)
    {
        try
        {
            var inodes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var fd in Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd"))
            {
                var target = new FileInfo(fd).LinkTarget;
                if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal))
                {
                    inodes.Add(target["socket:[".Length..^1]);
                }
            }

            var paths = new List<string>();
            foreach (var line in File.ReadLines("/proc/net/unix").Skip(1))
            {
                // Num RefCount Protocol Flags Type St Inode Path
                var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (columns.Length >= 8 && inodes.Contains(columns[6]) && columns[7].StartsWith(Prefix, StringComparison.Ordinal))
                {
                    paths.Add(columns[7]);
                }
            }

            return paths.Distinct(StringComparer.Ordinal).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>The OSL_PIPE_* sockets in <paramref name="folder"/>: a sandboxed office's private /tmp.</summary>
    public static IReadOnlyList<string> In(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "OSL_PIPE_*") : [];

    public static void Delete(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort: a leftover socket file is harmless to the next office, whose names differ.
            }
        }
    }
}
