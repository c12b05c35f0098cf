using DocGen.Filling.Batch;

namespace DocGen.Api.Hosting;

/// <summary>The body went past its limit while being read. An <see cref="IOException"/>, as Kestrel's own is, so readers treat both alike.</summary>
internal sealed class RequestTooLargeException(long limit)
    : IOException($"请求体超过上限（{BatchItemReader.FormatSize(limit)}）")
{
    public long Limit { get; } = limit;
}
