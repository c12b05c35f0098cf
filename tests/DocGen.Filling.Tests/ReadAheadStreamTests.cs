using DocGen.Filling.Batch;

namespace DocGen.Filling.Tests;

public sealed class ReadAheadStreamTests
{
    [Fact]
    public async Task The_source_is_read_to_its_end_while_the_consumer_reads_nothing()
    {
        var source = new ScriptedSource(new byte[3 * 1024 * 1024], failure: null);
        await using var ahead = new ReadAheadStream(source, windowBytes: 16 * 1024 * 1024);

        await source.Ended.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(3 * 1024 * 1024, source.Delivered);
    }

    [Fact]
    public async Task A_failure_of_the_source_reaches_the_consumer_after_every_byte_read_before_it()
    {
        var bytes = Enumerable.Range(0, 300_000).Select(i => (byte)i).ToArray();
        var source = new ScriptedSource(bytes, new IOException("请求体超过上限"));
        await using var ahead = new ReadAheadStream(source, windowBytes: 16 * 1024 * 1024);
        await source.Ended.WaitAsync(TimeSpan.FromSeconds(30));

        using var received = new MemoryStream();
        var chunk = new byte[8192];
        var failure = await Assert.ThrowsAsync<IOException>(async () =>
        {
            int read;
            while ((read = await ahead.ReadAsync(chunk)) > 0) received.Write(chunk, 0, read);
        });

        Assert.Equal("请求体超过上限", failure.Message);
        Assert.Equal(bytes, received.ToArray());
    }

    /// <summary>Hands out its bytes in 64 KB reads, then ends or fails; <see cref="Ended"/> completes when it has.</summary>
    private sealed class ScriptedSource(byte[] bytes, Exception? failure) : Stream
    {
        private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Ended => _ended.Task;

        public int Delivered { get; private set; }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var count = Math.Min(Math.Min(buffer.Length, 64 * 1024), bytes.Length - Delivered);
            if (count > 0)
            {
                bytes.AsSpan(Delivered, count).CopyTo(buffer.Span);
                Delivered += count;
                return ValueTask.FromResult(count);
            }
            _ended.TrySetResult();
            return failure is null ? ValueTask.FromResult(0) : ValueTask.FromException<int>(failure);
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
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
}
