using DocGen.Templates.Packaging;

namespace DocGen.Templates.Engine;

/// <summary>The entries of one rendered document, and the pooled buffers that hold the rendered ones until it is written.</summary>
internal sealed class RenderedPackage : IDisposable
{
    private readonly List<PooledBuffer> _buffers = [];

    public RenderedPackage(int capacity) => Entries = new List<ZipEntry>(capacity);

    public List<ZipEntry> Entries { get; }

    public PooledBuffer Rent(int capacity)
    {
        var buffer = new PooledBuffer(capacity);
        _buffers.Add(buffer);
        return buffer;
    }

    public void Dispose()
    {
        foreach (var buffer in _buffers) buffer.Dispose();
        _buffers.Clear();
    }
}
