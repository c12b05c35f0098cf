namespace DocGen.Api.Hosting;

/// <summary>
/// How much a request may send (configuration section <c>Limits</c>). A single form is a few hundred KB of
/// JSON even with photos; a batch is many of them, so it gets its own, larger, limit and an item cap.
/// </summary>
internal sealed class RequestLimits
{
    public const long MB = 1024 * 1024;

    /// <summary>Render and validate bodies; also Kestrel's limit for every other request.</summary>
    public long MaxBodyBytes { get; set; } = 20 * MB;

    /// <summary>A whole render-batch body.</summary>
    public long MaxBatchBodyBytes { get; set; } = 256 * MB;

    /// <summary>Items rendered per batch; the rest are counted and reported as skipped.</summary>
    public int MaxBatchItems { get; set; } = 1000;

    /// <summary>A ZIP of filled forms sent for a summary: held in memory while its documents are read one by one.</summary>
    public long MaxSummaryArchiveBytes { get; set; } = 64 * MB;

    /// <summary>One item of a batch: the same as a single render's body.</summary>
    public int MaxBatchItemBytes { get; set; } = (int)(20 * MB);
}
