namespace DocGen.Conversion.Pool;

/// <summary>The observable state of one worker slot, read by <see cref="LibreOfficePool.Status"/> from any thread.</summary>
internal sealed class SlotState
{
    public const string Starting = "starting";
    public const string Idle = "idle";
    public const string Busy = "busy";
    public const string Restarting = "restarting";
    public const string Failed = "failed";
    public const string Stopping = "stopping";
    public const string Stopped = "stopped";

    private readonly Lock _gate = new();
    private string _state = Starting;
    private LibreOfficeWorker? _worker;
    private PdfJob? _job;

    public SlotState(int index) => Index = index;

    public int Index { get; }

    public void Set(string state, LibreOfficeWorker? worker, PdfJob? job = null)
    {
        lock (_gate)
        {
            _state = state;
            _worker = worker;
            _job = job;
        }
    }

    /// <summary>The job being converted, if any.</summary>
    public PdfJob? Job
    {
        get
        {
            lock (_gate)
            {
                return _job;
            }
        }
    }

    public LibreOfficeWorker? Worker
    {
        get
        {
            lock (_gate)
            {
                return _worker;
            }
        }
    }

    public WorkerStatus Snapshot()
    {
        string state;
        LibreOfficeWorker? worker;
        lock (_gate)
        {
            state = _state;
            worker = _worker;
        }

        if (worker is null)
        {
            return new WorkerStatus(Index, state, 0, 0, 0);
        }

        try
        {
            return new WorkerStatus(Index, state, worker.Pid, worker.JobsDone, worker.MemoryMb);
        }
        catch (InvalidOperationException)
        {
            return new WorkerStatus(Index, state, 0, worker.JobsDone, 0);
        }
    }
}
