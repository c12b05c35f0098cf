using System.IO.Pipelines;
using System.Runtime.ExceptionServices;

namespace DocGen.Filling.Batch;

/// <summary>
/// Reads its source ahead of the consumer into memory, up to a window: while the consumer is busy with one item (a PDF
/// conversion takes seconds) the source is still emptied as fast as it arrives. Over HTTP this is what lets the server
/// see a client leave halfway through its upload: Kestrel takes bytes off the connection only while the request body
/// has room in its buffer (1 MB), and the client's FIN or RST waits behind the body bytes it had not sent yet; once
/// those are read, the hang-up arrives and the request is aborted. A failure of the source (a size limit passed, an
/// upload cut short) reaches the consumer after every byte read before it, as a direct read would.
/// </summary>
internal sealed class ReadAheadStream : Stream
{
    private const int ReadSize = 64 * 1024;

    private readonly Stream _source;
    private readonly Pipe _buffer;
    private readonly Stream _reader;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pump;
    private ExceptionDispatchInfo? _failure;

    public ReadAheadStream(Stream source, long windowBytes)
    {
        _source = source;
        _buffer = new Pipe(new PipeOptions(pauseWriterThreshold: windowBytes, resumeWriterThreshold: windowBytes / 2, useSynchronizationContext: false));
        _reader = _buffer.Reader.AsStream();
        _pump = Task.Run(PumpAsync);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await _reader.ReadAsync(buffer, cancellationToken);
        if (read == 0) _failure?.Throw();
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Stops reading the source (a consumer that leaves early does not wait for the rest of the upload).</summary>
    public override async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reader.DisposeAsync();
        await _pump;
        await base.DisposeAsync();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stop.Cancel();
            _reader.Dispose();
            _stop.Dispose();
        }
        base.Dispose(disposing);
    }

    private async Task PumpAsync()
    {
        var writer = _buffer.Writer;
        try
        {
            while (true)
            {
                var read = await _source.ReadAsync(writer.GetMemory(ReadSize), _stop.Token);
                if (read == 0) break;
                writer.Advance(read);
                // Waits here while the window is full; completed once the consumer has gone.
                if ((await writer.FlushAsync(_stop.Token)).IsCompleted) break;
            }
        }
        catch (Exception e)
        {
            // Whatever ended the source is the consumer's to see, in its place after the bytes read before it (a pipe
            // completed with an error would throw at once, dropping what it still holds).
            _failure = ExceptionDispatchInfo.Capture(e);
        }
        await writer.CompleteAsync();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("read asynchronously");

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
