namespace DocGen.Validation.Walking;

/// <summary>
/// Collects errors: deduplicated (the same rule can be reached through several subschemas), capped, and
/// sorted into document order at the end. A probe sink only answers "any error?" and stops at the first.
/// </summary>
internal sealed class ErrorSink
{
    public const int MaxErrors = 1000;

    private readonly bool _probe;
    private readonly List<(DataLocation At, DataError Error)> _entries = [];
    private readonly HashSet<(string, string)> _seen = [];
    private string? _note;

    private ErrorSink(bool probe) => _probe = probe;

    public bool Stopped { get; private set; }

    /// <summary>False for a probe, whose errors nobody reads: labels need not be worked out for it.</summary>
    public bool Reports => !_probe;

    public bool HasErrors => _entries.Count > 0 || (_probe && Stopped);

    public static ErrorSink Collecting() => new(probe: false);

    public static ErrorSink Probe() => new(probe: true);

    public void Add(DataLocation at, string label, string message)
    {
        if (Stopped)
        {
            return;
        }

        if (_probe)
        {
            Stopped = true;
            return;
        }

        if (!_seen.Add((at.Pointer, message)))
        {
            return;
        }

        if (_entries.Count == MaxErrors)
        {
            Stop($"错误过多，仅列出前{MaxErrors}条");
            return;
        }

        _entries.Add((at, new DataError(at.Pointer, label, message)));
    }

    /// <summary>Ends the walk with a closing note (too many errors, data too large).</summary>
    public void Stop(string reason)
    {
        if (!Stopped)
        {
            Stopped = true;
            _note = reason;
        }
    }

    public IReadOnlyList<DataError> Result()
    {
        // List.Sort is not stable; the index keeps errors of one value in the order the rules were checked.
        var ordered = _entries
            .Select((entry, index) => (entry.At, entry.Error, index))
            .ToList();
        ordered.Sort((x, y) =>
        {
            var c = DataLocation.CompareOrder(x.At, y.At);
            return c != 0 ? c : x.index.CompareTo(y.index);
        });

        var result = ordered.Select(e => e.Error).ToList();
        if (_note is not null)
        {
            result.Add(new DataError(string.Empty, string.Empty, _note));
        }

        return result;
    }
}
