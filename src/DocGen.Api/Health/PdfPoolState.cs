namespace DocGen.Api.Health;

/// <summary>The PDF worker pool as the readiness answer shows it.</summary>
/// <param name="Ready">At least one worker is warm.</param>
/// <param name="Workers">Workers configured.</param>
/// <param name="WorkersUp">Workers running.</param>
/// <param name="Busy">Workers converting now.</param>
/// <param name="QueueLength">Conversions waiting for a worker.</param>
/// <param name="QueueCapacity">Conversions that may wait before new ones get 503.</param>
/// <param name="JobsDone">Conversions finished since start.</param>
/// <param name="JobsFailed">Conversions failed since start.</param>
/// <param name="Restarts">Workers replaced since start.</param>
/// <param name="Isolated">Workers run without network and see only the system folders (bubblewrap), so a document linking to a URL or a server file fetches and embeds nothing.</param>
internal sealed record PdfPoolState(bool Ready, int Workers, int WorkersUp, int Busy, int QueueLength, int QueueCapacity, long JobsDone, long JobsFailed, long Restarts, bool Isolated);
