namespace DocGen.Templates.Catalog;

/// <summary>One form a summary collects, and how a filled copy of it becomes a row of the summary.</summary>
public sealed class SummarySourceSpec
{
    /// <summary>The collected form, <c>authority/form</c> (any of its versions).</summary>
    public string Form { get; set; } = "";

    /// <summary>JSON pointer of the summary's array the rows go into (<c>/factories</c>).</summary>
    public string Rows { get; set; } = "";

    /// <summary>
    /// Optional JSON pointer of an array of the collected form, one row per member (a case form's projects); the
    /// field pointers then take the member with <c>*</c> (<c>/projects/*/name</c>).
    /// </summary>
    public string Each { get; set; } = "";

    /// <summary>
    /// Optional row field whose equal values make one row: the self-evaluation and the third-party report of one
    /// factory fill the same line, each with what it has.
    /// </summary>
    public string Key { get; set; } = "";

    /// <summary>Row field ← JSON pointer into the collected form's data, or a list of pointers of which the first one filled counts.</summary>
    public Dictionary<string, object?> Fields { get; set; } = new();

    /// <summary>Row field ← a fixed value (a case summary's 类别 for every row from a park's form).</summary>
    public Dictionary<string, string> Values { get; set; } = new();

    /// <summary>The pointers of a field, in the order they are tried.</summary>
    public static IReadOnlyList<string> PointersOf(object? declared) => declared switch
    {
        string one => [one],
        IEnumerable<object?> many => many.Select(p => p?.ToString() ?? "").ToList(),
        _ => [],
    };
}
