namespace DocGen.Templates.Catalog;

/// <summary>Orders version names numerically where they are numbers (2023 &lt; 2024, 2024 &lt; 2024.1), else by text.</summary>
public sealed class VersionOrder : IComparer<string?>
{
    public static readonly VersionOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null) return string.CompareOrdinal(x, y);
        var a = x.Split('.', '-');
        var b = y.Split('.', '-');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = long.TryParse(a[i], out var na) && long.TryParse(b[i], out var nb) ? na.CompareTo(nb) : string.CompareOrdinal(a[i], b[i]);
            if (c != 0) return c;
        }
        return a.Length.CompareTo(b.Length);
    }
}
