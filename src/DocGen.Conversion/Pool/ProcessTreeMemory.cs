using System.Globalization;

namespace DocGen.Conversion.Pool;

/// <summary>
/// Resident memory of a process and all its descendants, read from /proc (Linux, where the pool runs). LibreOffice
/// normally works in soffice.bin alone, but a filter or a helper it starts must not grow unseen.
/// </summary>
internal static class ProcessTreeMemory
{
    /// <summary>Sum of VmRSS in bytes; 0 when the process is gone or /proc cannot be read.</summary>
    public static long ResidentBytes(int rootPid)
    {
        var total = ResidentBytesOf(rootPid);
        if (total == 0)
        {
            return 0;
        }

        foreach (var child in Descendants(rootPid))
        {
            total += ResidentBytesOf(child);
        }

        return total;
    }

    private static List<int> Descendants(int rootPid)
    {
        var parents = new Dictionary<int, int>();
        try
        {
            foreach (var directory in Directory.EnumerateDirectories("/proc"))
            {
                if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && ParentOf(pid) is { } parent)
                {
                    parents[pid] = parent;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }

        var found = new List<int>();
        var frontier = new Queue<int>([rootPid]);
        while (frontier.TryDequeue(out var parent))
        {
            foreach (var (pid, itsParent) in parents)
            {
                if (itsParent == parent)
                {
                    found.Add(pid);
                    frontier.Enqueue(pid);
                }
            }
        }

        return found;
    }

    private static int? ParentOf(int pid)
    {
        // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may contain spaces and parentheses, so read after the last ')'.
        var stat = ReadOrNull($"/proc/{pid}/stat");
        var end = stat?.LastIndexOf(')') ?? -1;
        if (end < 0)
        {
            return null;
        }

        var fields = stat!.AsSpan(end + 1).Trim();
        var space = fields.IndexOf(' ');
        if (space < 0)
        {
            return null;
        }

        var rest = fields[(space + 1)..];
        var next = rest.IndexOf(' ');
        return int.TryParse(next < 0 ? rest : rest[..next], NumberStyles.None, CultureInfo.InvariantCulture, out var parent) ? parent : null;
    }

    private static long ResidentBytesOf(int pid)
    {
        var status = ReadOrNull($"/proc/{pid}/status");
        if (status is null)
        {
            return 0;
        }

        foreach (var line in status.AsSpan().EnumerateLines())
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var value = line["VmRSS:".Length..].Trim();
                var unit = value.IndexOf(' ');
                return long.TryParse(unit < 0 ? value : value[..unit], NumberStyles.None, CultureInfo.InvariantCulture, out var kib) ? kib * 1024 : 0;
            }
        }

        return 0;
    }

    private static string? ReadOrNull(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
