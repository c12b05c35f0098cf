using DocGen.Validation.Schema;

namespace DocGen.Validation.Walking;

/// <summary>
/// Where a value sits in the data: its pointer, and its position in document order (the ordinal of each
/// step), so that errors found by different parts of the schema can be reported in the order of the data.
/// </summary>
internal sealed class DataLocation
{
    public static readonly DataLocation Root = new(null, string.Empty, 0);

    private readonly DataLocation? _parent;
    private readonly string _segment;
    private readonly int _ordinal;
    private string? _pointer;

    private DataLocation(DataLocation? parent, string segment, int ordinal)
    {
        _parent = parent;
        _segment = segment;
        _ordinal = ordinal;
        Depth = parent is null ? 0 : parent.Depth + 1;
    }

    public int Depth { get; }

    public string Pointer => _pointer ??= _parent is null ? string.Empty : JsonPointer.Append(_parent.Pointer, _segment);

    public DataLocation Property(string name, int position) => new(this, name, position);

    public DataLocation Item(int index) => new(this, index.ToString(System.Globalization.CultureInfo.InvariantCulture), index);

    /// <summary>
    /// A property that is not in the data: it sorts after everything the object does contain, and missing ones
    /// among themselves by <paramref name="rank"/> (their order in <c>required</c>).
    /// </summary>
    public DataLocation Missing(string name, int rank = 0) => new(this, name, int.MaxValue / 2 + rank);

    public static int CompareOrder(DataLocation left, DataLocation right)
    {
        var a = left.Path();
        var b = right.Path();
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = a[i].CompareTo(b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        // A value's own problems come before those of what it contains.
        return a.Length.CompareTo(b.Length);
    }

    private int[] Path()
    {
        var path = new int[Depth];
        for (var at = this; at._parent is not null; at = at._parent)
        {
            path[at.Depth - 1] = at._ordinal;
        }

        return path;
    }
}
