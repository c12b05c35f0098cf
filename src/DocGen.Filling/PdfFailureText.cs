using DocGen.Conversion;

namespace DocGen.Filling;

/// <summary>Why a PDF was not made, in Chinese, for problem answers, batch reports and previews.</summary>
public static class PdfFailureText
{
    public static string Describe(PdfConversionException failure) => failure switch
    {
        PdfDocumentTooLargeException e =>
            $"PDF 只接受{Measure(e.Measure)}不超过 {e.Limit:N0} {Unit(e.Measure)}的文档（本文档 {e.Found:N0} {Unit(e.Measure)}）；请用 format=docx 获取 Word 文档",
        PdfQueueFullException e => $"PDF 转换队列已满（{e.QueueCapacity}个等待），请{Seconds(e.RetryAfter)}秒后重试",
        PdfWorkerMemoryExceededException e =>
            $"转换进程占用内存超过 {e.LimitMb} MiB 上限（已达 {e.MemoryMb} MiB），已中止并重启；请{Seconds(e.RetryAfter)}秒后重试，或用 format=docx",
        _ => failure.Message,
    };

    private static string Measure(PdfCostMeasure measure) => measure switch
    {
        PdfCostMeasure.TableRows => "表格行数",
        PdfCostMeasure.ParagraphCharacters => "单个段落字数",
        PdfCostMeasure.Characters => "总字数",
        PdfCostMeasure.Paragraphs => "段落数",
        _ => "图片数",
    };

    private static string Unit(PdfCostMeasure measure) => measure switch
    {
        PdfCostMeasure.TableRows => "行",
        PdfCostMeasure.Paragraphs => "段",
        PdfCostMeasure.Images => "张",
        _ => "字",
    };

    /// <summary>A delay as Retry-After states it: whole seconds, at least 1.</summary>
    public static int Seconds(TimeSpan delay) => Math.Max(1, (int)Math.Ceiling(delay.TotalSeconds));
}
