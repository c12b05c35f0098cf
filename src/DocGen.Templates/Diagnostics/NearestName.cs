namespace DocGen.Templates.Diagnostics;

/// <summary>The name a mistyped one was most likely meant to be, for the "did you mean" of a diagnostic.</summary>
internal static class NearestName
{
    /// <summary>The candidate nearest to <paramref name="name"/> (case aside), if it is near enough to be a typo of it; else null.</summary>
    public static string? Of(string name, IEnumerable<string> candidates) =>
        candidates.Select(c => (Name: c, Distance: Distance(name.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(2, name.Length / 3))
            .OrderBy(c => c.Distance).Select(c => c.Name).FirstOrDefault();

    /// <summary>The Levenshtein distance: how many characters to insert, delete or change to turn one into the other.</summary>
    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
