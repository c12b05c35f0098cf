using DocGen.Conversion;
using DocGen.Filling.Batch;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocGen.Api.Problems;

/// <summary>The problem answer for each way a PDF conversion fails.</summary>
internal static class PdfProblems
{
    public static ProblemHttpResult For(PdfConversionException failure) => failure switch
    {
        PdfDocumentTooLargeException e => Problem.Create(ProblemTypes.PdfTooLarge, PdfFailureText.Describe(e),
            new Dictionary<string, object?> { ["measure"] = MeasureName(e.Measure), ["found"] = e.Found, ["limit"] = e.Limit }),
        PdfQueueFullException e => Problem.Create(ProblemTypes.PdfQueueFull, PdfFailureText.Describe(e),
            new Dictionary<string, object?> { [ProblemWriter.RetryAfterMember] = PdfFailureText.Seconds(e.RetryAfter) }),
        PdfWorkerMemoryExceededException e => Problem.Create(ProblemTypes.PdfWorkerMemory, PdfFailureText.Describe(e),
            new Dictionary<string, object?> { ["limitMb"] = e.LimitMb, [ProblemWriter.RetryAfterMember] = PdfFailureText.Seconds(e.RetryAfter) }),
        PdfConversionTimeoutException e => Problem.Create(ProblemTypes.PdfTimeout, e.Message),
        _ => Problem.Create(ProblemTypes.PdfFailed, failure.Message),
    };

    /// <summary>The measure as the problem's <c>measure</c> member names it: <c>tableRows</c>, <c>paragraphCharacters</c>….</summary>
    private static string MeasureName(PdfCostMeasure measure) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(measure.ToString());
}
