using System.Diagnostics;
using DocGen.Conversion.Bridge;

namespace DocGen.Conversion.Pool;

/// <summary>
/// A queued conversion. The state flag decides the race between a worker taking the job and its caller
/// giving up: whoever moves it out of Queued first wins, so an abandoned job frees its queue place at once
/// and is skipped (never converted) when a worker reaches it.
/// </summary>
internal sealed class PdfJob
{
    private const int Queued = 0;
    private const int Running = 1;
    private const int Abandoned = 2;

    private readonly CancellationTokenSource _callerGone = new();
    private int _state = Queued;

    public PdfJob(byte[] docx, BridgeRequestHeader header, TimeSpan timeout)
    {
        Docx = docx;
        Header = header;
        Timeout = timeout;
        EnqueuedAt = Stopwatch.GetTimestamp();
    }

    public byte[] Docx { get; }

    public BridgeRequestHeader Header { get; }

    public TimeSpan Timeout { get; }

    public long EnqueuedAt { get; }

    public long StartedAt { get; private set; }

    public int WorkerSlot { get; set; }

    public TaskCompletionSource<BridgeReply> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool TryStart()
    {
        if (Interlocked.CompareExchange(ref _state, Running, Queued) != Queued)
        {
            return false;
        }

        StartedAt = Stopwatch.GetTimestamp();
        return true;
    }

    /// <summary>Fires when the caller gives up after a worker has taken the job: the worker stops converting it.</summary>
    public CancellationToken CallerGone => _callerGone.Token;

    /// <summary>The caller no longer wants the result.</summary>
    /// <returns>true when the job was still queued (its place is free); false when a worker has it and is told to stop.</returns>
    public bool Abandon()
    {
        if (TryAbandon())
        {
            return true;
        }

        _callerGone.Cancel();
        return false;
    }

    public bool TryAbandon() => Interlocked.CompareExchange(ref _state, Abandoned, Queued) == Queued;
}
