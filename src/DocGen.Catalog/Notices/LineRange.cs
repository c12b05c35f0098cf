namespace DocGen.Templates.Notices;

/// <summary>Lines <c>First</c> to <c>Last</c> of a file, 1-based and inclusive, written <c>134-366</c>.</summary>
public readonly record struct LineRange(int First, int Last)
{
    public static bool TryParse(string? text, out LineRange range)
    {
        range = default;
        var parts = (text ?? "").Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], out var first) || !int.TryParse(parts[1], out var last) || first < 1 || last < first) return false;
        range = new LineRange(first, last);
        return true;
    }

    public override string ToString() => $"{First}-{Last}";
}
