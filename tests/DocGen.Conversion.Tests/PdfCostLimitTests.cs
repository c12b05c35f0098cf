namespace DocGen.Conversion.Tests;

/// <summary>A document bigger than the pool converts is refused by measuring it, before it is queued.</summary>
public sealed class PdfCostLimitTests
{
    [Fact]
    public async Task A_document_over_the_row_limit_is_refused_before_a_worker_is_used_and_one_within_it_is_converted()
    {
        await using var pool = await TestPools.StartAsync(new LibreOfficePoolOptions { Workers = 1, MaxTableRows = 200, MaxParagraphCharacters = 3000 });
        var office = Assert.Single(pool.OfficeProcessIds);
        // A frozen worker would hold any job that reached it: the refusals below must not wait for it.
        Signals.Send(office, Signals.Stop);
        try
        {
            var rows = await Assert.ThrowsAsync<PdfDocumentTooLargeException>(
                () => pool.ConvertAsync(TestDocuments.Table(5000), null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)));
            Assert.Equal((PdfCostMeasure.TableRows, 5000L, 200L), (rows.Measure, rows.Found, rows.Limit));
            var paragraph = await Assert.ThrowsAsync<PdfDocumentTooLargeException>(
                () => pool.ConvertAsync(TestDocuments.LongParagraph(20_000), null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)));
            Assert.Equal(PdfCostMeasure.ParagraphCharacters, paragraph.Measure);
            Assert.Equal((0, 0, 0L), (pool.Status.Busy, pool.Status.QueueLength, pool.Status.JobsDone));
        }
        finally
        {
            Signals.Send(office, Signals.Continue);
        }

        var within = await pool.ConvertAsync(TestDocuments.Table(150), null, CancellationToken.None);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(within.Pdf, 0, 4));
        Assert.Equal(1, pool.Status.JobsDone);
    }
}
