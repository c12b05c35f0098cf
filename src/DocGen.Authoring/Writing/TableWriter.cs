using DocGen.Authoring.Model;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Authoring.Writing;

/// <summary>
/// A form table as Word draws it: fixed layout across the text width, a grid from the relative <c>cols</c>,
/// and every cell's width the sum of the grid columns it spans, so merged cells line up in every reader.
/// </summary>
internal static class TableWriter
{
    public static Table Build(TableBlock block, int textWidth, DocumentSettings settings)
    {
        var widths = Distribute(block.Columns, textWidth);
        // Direct formatting only where it differs from TableText, so the style stays meaningful.
        var font = block.Font is { } f && f != settings.BodyFont ? f : null;
        var halfPoints = block.HalfPoints is { } h && h != 24 ? h : (int?)null;

        var table = new Table(
            new TableProperties(
                new TableStyle { Val = StyleIds.FormTable },
                new TableWidth { Width = textWidth.ToString(), Type = TableWidthUnitValues.Dxa },
                TableFrame.Borders(),
                new TableLayout { Type = TableLayoutValues.Fixed },
                TableFrame.CellMargins(),
                new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));

        foreach (var row in block.Rows)
        {
            table.Append(Row(row, widths, font, halfPoints));
        }

        return table;
    }

    /// <summary>Column widths in twips that add up to exactly <paramref name="total"/>.</summary>
    internal static int[] Distribute(IReadOnlyList<double> relative, int total)
    {
        var sum = relative.Sum();
        var widths = new int[relative.Count];
        var running = 0.0;
        var previous = 0;
        for (var i = 0; i < relative.Count; i++)
        {
            running += relative[i];
            var edge = (int)Math.Round(running / sum * total, MidpointRounding.AwayFromZero);
            widths[i] = edge - previous;
            previous = edge;
        }

        return widths;
    }

    private static TableRow Row(TableRowModel model, int[] widths, string? font, int? halfPoints)
    {
        var row = new TableRow();
        if (model.Header || model.CantSplit || model.MinHeightCm is not null)
        {
            var properties = new TableRowProperties();
            if (model.CantSplit)
            {
                properties.Append(new CantSplit());
            }

            if (model.MinHeightCm is { } height)
            {
                properties.Append(new TableRowHeight { Val = (uint)Units.CmToTwips(height), HeightType = HeightRuleValues.AtLeast });
            }

            if (model.Header)
            {
                properties.Append(new TableHeader());
            }

            row.Append(properties);
        }

        foreach (var cell in model.Cells)
        {
            row.Append(Cell(cell, widths, font, halfPoints));
        }

        return row;
    }

    private static TableCell Cell(TableCellModel model, int[] widths, string? font, int? halfPoints)
    {
        var properties = new TableCellProperties(
            new TableCellWidth { Width = widths.Skip(model.Column).Take(model.Span).Sum().ToString(), Type = TableWidthUnitValues.Dxa });
        if (model.Span > 1)
        {
            properties.Append(new GridSpan { Val = model.Span });
        }

        if (model.ContinuesMerge)
        {
            properties.Append(new VerticalMerge());
        }
        else if (model.StartsMerge)
        {
            properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
        }

        properties.Append(new TableCellVerticalAlignment
        {
            Val = model.Format.Top ? TableVerticalAlignmentValues.Top : TableVerticalAlignmentValues.Center,
        });

        var cell = new TableCell(properties);
        foreach (var lines in SplitParagraphs(model.Content))
        {
            cell.Append(CellParagraph(lines, model.Format, font, halfPoints));
        }

        return cell;
    }

    /// <summary>In a cell, <c>\n</c> starts a new paragraph; a cell always has at least one.</summary>
    private static List<List<Inline>> SplitParagraphs(IReadOnlyList<Inline> content)
    {
        var paragraphs = new List<List<Inline>> { new() };
        foreach (var inline in content)
        {
            if (inline.Kind == InlineKind.Break)
            {
                paragraphs.Add([]);
            }
            else
            {
                paragraphs[^1].Add(inline);
            }
        }

        return paragraphs;
    }

    private static Paragraph CellParagraph(List<Inline> content, CellFormat format, string? font, int? halfPoints)
    {
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.TableText } };
        if (format.Align != Alignment.Left)
        {
            properties.Justification = new Justification { Val = Formatting.Justification(format.Align) };
        }

        if (RunBuilder.MarkProperties(font, halfPoints, format.Bold) is { } mark)
        {
            properties.ParagraphMarkRunProperties = mark;
        }

        var paragraph = new Paragraph(properties);
        paragraph.Append(RunBuilder.Runs(content, font, halfPoints, format.Bold));
        return paragraph;
    }
}
