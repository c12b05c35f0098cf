using System.Runtime.CompilerServices;

namespace DocGen.Filling.Batch;

/// <summary>
/// Reads a batch input item by item as it arrives, so neither the input nor the output is ever held whole. The input is read
/// up to <see cref="ReadAheadBytes"/> ahead of the item being filled (<see cref="ReadAheadStream"/>), so a client that
/// hangs up while its items convert is seen at once rather than at the next write.
/// </summary>
public static class BatchItemReader
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>How far the input is read ahead of the item being filled: the most a batch holds of its input besides that item.</summary>
    public const long ReadAheadBytes = 16 * 1024 * 1024;

    public static async IAsyncEnumerable<RawItem> ReadAsync(Stream input, BatchInputKind kind, int maxItemBytes,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var scanner = new ItemScanner(kind, maxItemBytes);
        await using var ahead = new ReadAheadStream(input, ReadAheadBytes);
        var chunk = new byte[ChunkSize];
        while (!scanner.Ended)
        {
            int read;
            string? failure = null;
            try
            {
                read = await ahead.ReadAsync(chunk, cancellationToken);
            }
            catch (IOException e)
            {
                // Over the size limit or a broken upload: what was read before stays rendered and reported.
                read = 0;
                failure = e.Message;
            }
            if (failure is not null)
            {
                yield return scanner.Cut(failure);
                yield break;
            }
            if (read == 0)
            {
                if (scanner.Finish() is { } last) yield return last;
                yield break;
            }
            foreach (var item in scanner.Feed(chunk, read)) yield return item;
        }
    }

    /// <summary>A size limit as the answers state it: <c>10 MB</c>, <c>256 KB</c>, <c>100 字节</c>.</summary>
    public static string FormatSize(long bytes) =>
        bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB" : bytes >= 1024 ? $"{bytes / 1024} KB" : $"{bytes} 字节";
}
