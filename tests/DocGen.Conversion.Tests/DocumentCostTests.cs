using DocGen.Conversion.Preparation;

namespace DocGen.Conversion.Tests;

public sealed class DocumentCostTests
{
    [Fact]
    public void Rows_paragraphs_and_characters_of_a_table_are_counted()
    {
        var cost = PreparedDocument.Prepare(TestDocuments.Table(300), null).Cost;

        Assert.Equal(300, cost.TableRows);
        Assert.Equal(300 * 6 + 1, cost.Paragraphs);
        Assert.Equal(300 * 6 * 4, cost.Characters);
        Assert.Equal(4, cost.LongestParagraph);
        Assert.Equal(0, cost.Images);
    }

    [Fact]
    public void Line_breaks_do_not_end_a_paragraph()
    {
        var cost = PreparedDocument.Prepare(TestDocuments.LongParagraph(5000), null).Cost;

        Assert.Equal(1, cost.Paragraphs);
        // 5,000 characters and the 9 breaks between its 10 lines.
        Assert.Equal(5009, cost.LongestParagraph);
        Assert.Equal(5009, cost.Characters);
    }

    [Fact]
    public void A_filled_form_measures_far_below_every_default_limit()
    {
        var cost = PreparedDocument.Prepare(TestDocuments.FilledForm(), null).Cost;

        Assert.True(cost.Characters > 100, $"{cost}");
        Assert.Null(new LibreOfficePoolOptions().Refuse(cost));
    }

    [Fact]
    public void The_first_figure_over_its_limit_is_named_with_what_was_found()
    {
        var options = new LibreOfficePoolOptions { MaxTableRows = 100 };

        var refusal = options.Refuse(PreparedDocument.Prepare(TestDocuments.Table(250), null).Cost);

        Assert.NotNull(refusal);
        Assert.Equal((PdfCostMeasure.TableRows, 250L, 100L), (refusal.Measure, refusal.Found, refusal.Limit));
        Assert.Null(new LibreOfficePoolOptions { MaxTableRows = 0 }.Refuse(PreparedDocument.Prepare(TestDocuments.Table(250), null).Cost));
    }
}
