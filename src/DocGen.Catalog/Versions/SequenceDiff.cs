namespace DocGen.Templates.Versions;

/// <summary>
/// Aligns two sequences on equal keys (longest common subsequence) and answers the hunks between the common
/// items: what the first sequence had there and what the second has.
/// </summary>
internal static class SequenceDiff
{
    public readonly record struct Hunk(int FromStart, int FromCount, int ToStart, int ToCount);

    public static List<Hunk> Hunks<T>(IReadOnlyList<T> from, IReadOnlyList<T> to, Func<T, string> key)
    {
        var a = from.Select(key).ToArray();
        var b = to.Select(key).ToArray();
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;
        var n = a.Length - prefix - suffix;
        var m = b.Length - prefix - suffix;
        // lengths[i, j]: LCS of a[prefix+i..] and b[prefix+j..]
        var lengths = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
                lengths[i, j] = a[prefix + i] == b[prefix + j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
        }

        var hunks = new List<Hunk>();
        int x = 0, y = 0, startX = 0, startY = 0;
        void Close()
        {
            if (x > startX || y > startY) hunks.Add(new Hunk(prefix + startX, x - startX, prefix + startY, y - startY));
        }
        while (x < n || y < m)
        {
            if (x < n && y < m && a[prefix + x] == b[prefix + y])
            {
                Close();
                x++;
                y++;
                (startX, startY) = (x, y);
            }
            else if (y >= m || (x < n && lengths[x + 1, y] >= lengths[x, y + 1]))
            {
                x++;
            }
            else
            {
                y++;
            }
        }
        Close();
        return hunks;
    }
}
