namespace DocGen.Api.Forms;

/// <summary>The figures of the last finished batch: what streaming held in memory at most against what it sent.</summary>
internal sealed class BatchStatistics
{
    private long _lastPeakPendingBytes;
    private long _lastBytesSent;

    public long LastPeakPendingBytes => Interlocked.Read(ref _lastPeakPendingBytes);

    public long LastBytesSent => Interlocked.Read(ref _lastBytesSent);

    public void Record(long peakPendingBytes, long bytesSent)
    {
        Interlocked.Exchange(ref _lastPeakPendingBytes, peakPendingBytes);
        Interlocked.Exchange(ref _lastBytesSent, bytesSent);
    }
}
