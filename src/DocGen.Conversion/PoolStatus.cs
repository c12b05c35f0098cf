namespace DocGen.Conversion;

/// <summary>
/// Pool state for /health/ready: ready once at least one worker is warm.
/// QueueLength counts jobs waiting for a worker (not the ones being converted).
/// </summary>
public sealed record PoolStatus(
    bool Ready,
    int Workers,
    int WorkersUp,
    int Busy,
    int QueueLength,
    int QueueCapacity,
    long JobsDone,
    long JobsFailed,
    long Restarts,
    IReadOnlyList<WorkerStatus> WorkerDetails);
