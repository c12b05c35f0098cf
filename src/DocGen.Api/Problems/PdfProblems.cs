using System.Globalization;
using DocGen.Filling.Batch;
using DocGen.Conversion;

namespace DocGen.Api.Problems;

/// <summary>The problem answer for each way a PDF conversion fails.</summary>
internal static class PdfProblems
{
    public static IResult For(PdfConversionException failure) => failure switch
    {
        PdfDocumentTooLargeException e => Problem.Create(422, "pdf-too-large", "文档过大，无法转换为 PDF", PdfFailureText.Describe(e),
            new Dictionary<string, object?> { ["measure"] = MeasureName(e.Measure), ["found"] = e.Found, ["limit"] = e.Limit }),
        PdfQueueFullException e => Problem.Create(503, "pdf-queue-full", "PDF 转换繁忙", PdfFailureText.Describe(e), headers: RetryAfter(e.RetryAfter)),
        PdfWorkerMemoryExceededException e => Problem.Create(503, "pdf-worker-memory", "PDF 转换内存超限", PdfFailureText.Describe(e),
            new Dictionary<string, object?> { ["limitMb"] = e.LimitMb }, RetryAfter(e.RetryAfter)),
        PdfConversionTimeoutException e => Problem.Create(504, "pdf-timeout", "PDF 转换超时", e.Message),
        _ => Problem.Create(502, "pdf-failed", "PDF 转换失败", failure.Message),
    };

    /// <summary>The measure as the problem's <c>measure</c> member names it: <c>tableRows</c>, <c>paragraphCharacters</c>….</summary>
    private static string MeasureName(PdfCostMeasure measure) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(measure.ToString());

    private static Dictionary<string, string> RetryAfter(TimeSpan delay) =>
        new() { ["Retry-After"] = PdfFailureText.Seconds(delay).ToString(CultureInfo.InvariantCulture) };
}
