namespace DocGen.Filling.Batch;

/// <summary>
/// A forward-only sink for <see cref="System.IO.Compression.ZipArchive"/>: the archive writes into it
/// synchronously, and the bytes of each finished entry are then handed on asynchronously (the ASP.NET Core
/// response refuses synchronous writes). Being non-seekable makes the archive stream its entries with data
/// descriptors instead of seeking back, and only one entry's bytes are ever held.
/// </summary>
internal sealed class PendingWriteStream : Stream
{
    private readonly MemoryStream _pending = new();
    private long _written;

    /// <summary>The most bytes held at once: what streaming costs in memory, whatever the batch size.</summary>
    public long PeakPendingBytes { get; private set; }

    public long BytesWritten => _written;

    public async Task DrainToAsync(Stream target, CancellationToken cancellationToken)
    {
        if (_pending.Length == 0) return;
        await target.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken);
        await target.FlushAsync(cancellationToken);
        _pending.SetLength(0);
        // A large item (a PDF, photos) should not pin its buffer for the rest of the batch.
        if (_pending.Capacity > 4 * 1024 * 1024) _pending.Capacity = 64 * 1024;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _pending.Write(buffer);
        _written += buffer.Length;
        PeakPendingBytes = Math.Max(PeakPendingBytes, _pending.Length);
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() { }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
