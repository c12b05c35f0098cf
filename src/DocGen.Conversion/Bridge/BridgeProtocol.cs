using System.Buffers.Binary;
using System.Text.Json;

namespace DocGen.Conversion.Bridge;

/// <summary>
/// Length-prefixed framing over the bridge's stdin/stdout (see uno_bridge.py). Binary frames instead of
/// base64 or JSON lines: an 11-page form is ~25 KB of DOCX and ~350 KB of PDF, copied once each way.
/// </summary>
internal static class BridgeProtocol
{
    private const int MaxFrameBytes = 512 * 1024 * 1024;

    private static readonly Lazy<string> Script = new(() => System.Text.Encoding.UTF8.GetString(EmbeddedFiles.Read("DocGen.Conversion.uno_bridge.py")));

    /// <summary>The python source, passed with <c>python3 -c</c> so that no script file has to exist on disk.</summary>
    public static string BridgeScript => Script.Value;

    public static async Task WriteRequestAsync(Stream input, BridgeRequestHeader header, byte[] docx, CancellationToken cancellationToken)
    {
        var headerBytes = JsonSerializer.SerializeToUtf8Bytes(header);
        var prefix = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(prefix, (uint)headerBytes.Length);
        await input.WriteAsync(prefix, cancellationToken).ConfigureAwait(false);
        await input.WriteAsync(headerBytes, cancellationToken).ConfigureAwait(false);
        BinaryPrimitives.WriteUInt32BigEndian(prefix, (uint)docx.Length);
        await input.WriteAsync(prefix, cancellationToken).ConfigureAwait(false);
        await input.WriteAsync(docx, cancellationToken).ConfigureAwait(false);
        await input.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <exception cref="EndOfStreamException">The bridge exited (its office died or it was killed).</exception>
    public static async Task<BridgeReply> ReadReplyAsync(Stream output, CancellationToken cancellationToken)
    {
        var status = new byte[1];
        await output.ReadExactlyAsync(status, cancellationToken).ConfigureAwait(false);
        var metaBytes = await ReadFrameAsync(output, cancellationToken).ConfigureAwait(false);
        var payload = await ReadFrameAsync(output, cancellationToken).ConfigureAwait(false);
        var meta = JsonSerializer.Deserialize<BridgeReplyMeta>(metaBytes)
            ?? throw new InvalidDataException("The bridge sent an empty reply header.");
        return new BridgeReply((char)status[0], meta, payload);
    }

    private static async Task<byte[]> ReadFrameAsync(Stream output, CancellationToken cancellationToken)
    {
        var prefix = new byte[4];
        await output.ReadExactlyAsync(prefix, cancellationToken).ConfigureAwait(false);
        var length = BinaryPrimitives.ReadUInt32BigEndian(prefix);
        if (length > MaxFrameBytes)
        {
            throw new InvalidDataException($"The bridge announced a frame of {length} bytes; the stream is out of step.");
        }

        var buffer = new byte[length];
        await output.ReadExactlyAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer;
    }
}
