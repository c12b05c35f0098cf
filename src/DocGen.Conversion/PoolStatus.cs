namespace DocGen.Conversion;

/// <summary>
/// Pool state for /health/ready: ready once at least one worker is warm.
/// QueueLength counts jobs waiting for a worker (not the ones being converted); EstimatedWait is when a job
/// submitted now would start (the Retry-After a full queue answers with). WorkersIsolated tells whether the workers run
/// without network and without the server's files (<see cref="LibreOfficePoolOptions.SandboxPath"/>).
/// </summary>
public sealed record PoolStatus(
    bool Ready,
    int Workers,
    int WorkersUp,
    int Busy,
    int QueueLength,
    int QueueCapacity,
    TimeSpan EstimatedWait,
    long JobsDone,
    long JobsFailed,
    long Restarts,
    bool WorkersIsolated,
    IReadOnlyList<WorkerStatus> WorkerDetails);
