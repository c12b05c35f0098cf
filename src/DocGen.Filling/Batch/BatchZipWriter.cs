using System.IO.Compression;

namespace DocGen.Filling.Batch;

/// <summary>Writes a batch archive entry by entry to <paramref name="target"/>, each entry sent on as soon as it is complete.</summary>
public sealed class BatchZipWriter(Stream target) : IAsyncDisposable
{
    private readonly PendingWriteStream _sink = new();
    private ZipArchive? _archive;
    private readonly DateTimeOffset _stamp = DateTimeOffset.Now;

    public long PeakPendingBytes => _sink.PeakPendingBytes;

    public long BytesWritten => _sink.BytesWritten;

    public async Task AddAsync(string name, byte[] content, CancellationToken cancellationToken)
    {
        _archive ??= new ZipArchive(_sink, ZipArchiveMode.Create, leaveOpen: true);
        // DOCX and PDF are compressed already; the fastest level keeps the CPU for rendering.
        var entry = _archive.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = _stamp;
        await using (var stream = entry.Open()) stream.Write(content);
        await _sink.DrainToAsync(target, cancellationToken);
    }

    /// <summary>Writes the central directory; the archive is complete only after this.</summary>
    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        _archive ??= new ZipArchive(_sink, ZipArchiveMode.Create, leaveOpen: true);
        _archive.Dispose();
        _archive = null;
        await _sink.DrainToAsync(target, cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        _archive?.Dispose();
        return ValueTask.CompletedTask;
    }
}
