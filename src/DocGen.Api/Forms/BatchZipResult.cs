using DocGen.Filling.Batch;
using DocGen.Templates.Catalog;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace DocGen.Api.Forms;

/// <summary>Streams a batch's ZIP: headers first, then each document as it is made, the report last.</summary>
internal sealed class BatchZipResult(FormVersion version, BatchSettings settings, IAsyncEnumerator<RawItem> items, bool hasFirst,
    BatchStatistics statistics, ILogger logger) : IResult
{
    public async Task ExecuteAsync(HttpContext context)
    {
        await using var _ = items;
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/zip";
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = DownloadResult.Ascii(version.Form + "-batch", ".zip"),
            FileNameStar = $"{version.Manifest.Title}（批量）.zip",
        }.ToString();
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(context.RequestAborted);
        // Kestrel sends the status line and headers only with the first body bytes; the first document may take a PDF
        // conversion's seconds, so the client learns the batch was accepted now rather than when its first entry is written.
        await response.Body.FlushAsync(context.RequestAborted);

        var runner = new BatchRunner(version, settings);
        var report = await runner.RunAsync(Remaining(), response.Body, context.RequestAborted);
        statistics.Record(runner.PeakPendingBytes, runner.BytesWritten);
        logger.LogInformation("Batch {Form} ({Format}): {Items} items, {Succeeded} made, {Failed} refused, {Skipped} over the cap, {Bytes} bytes sent, at most {Peak} bytes held{Problem}",
            version.Key, settings.Format.Name(), report.Items.Count, report.Succeeded, report.Failed, report.Skipped, runner.BytesWritten, runner.PeakPendingBytes,
            report.InputProblem is null ? "" : "; input: " + report.InputProblem);
    }

    // The endpoint has already read the first item to decide this is a batch; it comes first.
    private async IAsyncEnumerable<RawItem> Remaining()
    {
        if (!hasFirst) yield break;
        yield return items.Current;
        while (await items.MoveNextAsync()) yield return items.Current;
    }
}
