using DocGen.Authoring.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Authoring.Writing;

/// <summary>Lays the blocks into the document body and closes each section with its page setup.</summary>
internal sealed class BodyBuilder(DocumentSettings settings, string? footerRelationshipId)
{
    private readonly Body _body = new();
    private bool _landscape = settings.Landscape;

    // A page break right before a section break would leave an empty page: the section break already turns it.
    private Paragraph? _trailingPageBreak;

    public Body Build(IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks)
        {
            var pageBreak = _trailingPageBreak;
            _trailingPageBreak = null;
            switch (block)
            {
                case ParagraphBlock paragraph:
                    _body.Append(ParagraphBuilder.Build(paragraph.Kind, paragraph.Format, paragraph.Content, settings));
                    break;
                case BlankBlock blank:
                    for (var i = 0; i < blank.Count; i++)
                    {
                        _body.Append(ParagraphBuilder.Build(null, blank.Format, [], settings));
                    }

                    break;
                case PageBreakBlock:
                    _trailingPageBreak = new Paragraph(
                        new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Normal } },
                        new Run(new Break { Type = BreakValues.Page }));
                    _body.Append(_trailingPageBreak);
                    break;
                case SectionBlock section:
                    StartSection(section.Landscape, pageBreak);
                    break;
                case TableBlock table:
                    _body.Append(TableWriter.Build(table, TextWidth(_landscape), settings));
                    break;
            }
        }

        if (_body.LastChild is Table)
        {
            _body.Append(Spacer());
        }

        _body.Append(SectionProperties(_landscape));
        return _body;
    }

    private void StartSection(bool nextLandscape, Paragraph? pageBreak)
    {
        if (!_body.HasChildren)
        {
            // A section before any content just sets up the first page.
            _landscape = nextLandscape;
            return;
        }

        if (pageBreak is not null)
        {
            pageBreak.RemoveAllChildren<Run>();
        }

        var carrier = _body.LastChild as Paragraph;
        if (carrier is null)
        {
            carrier = Spacer();
            _body.Append(carrier);
        }

        carrier.ParagraphProperties ??= new ParagraphProperties();
        carrier.ParagraphProperties.SectionProperties = SectionProperties(_landscape);
        _landscape = nextLandscape;
    }

    /// <summary>
    /// Word needs a paragraph after a table that ends a section; this one is 1 pt high so that it never
    /// pushes a full-page table onto a page of its own.
    /// </summary>
    private static Paragraph Spacer() => new(new ParagraphProperties
    {
        ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Normal },
        SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact },
        ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = "2" }, new FontSizeComplexScript { Val = "2" }),
    });

    private PageMargins Margins(bool isLandscape) =>
        isLandscape ? settings.PortraitMargins.Rotated() : settings.PortraitMargins;

    private int TextWidth(bool isLandscape)
    {
        var margins = Margins(isLandscape);
        return (isLandscape ? Units.A4HeightTwips : Units.A4WidthTwips) - margins.Left - margins.Right;
    }

    private SectionProperties SectionProperties(bool isLandscape)
    {
        var margins = Margins(isLandscape);
        var section = new SectionProperties();
        if (footerRelationshipId is not null)
        {
            section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = footerRelationshipId });
        }

        var size = isLandscape
            ? new PageSize { Width = Units.A4HeightTwips, Height = Units.A4WidthTwips, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = Units.A4WidthTwips, Height = Units.A4HeightTwips };

        // GB/T 9704 puts the page number 7 mm below the text block; a 14 pt number then ends about 12 mm
        // below it, which is where Word measures the footer distance from.
        var footer = Math.Max(margins.Bottom - Units.CmToTwips(1.2), Units.CmToTwips(0.5));
        section.Append(
            size,
            new PageMargin
            {
                Top = margins.Top,
                Right = (UInt32Value)(uint)margins.Right,
                Bottom = margins.Bottom,
                Left = (UInt32Value)(uint)margins.Left,
                Header = (UInt32Value)(uint)Units.CmToTwips(1.5),
                Footer = (UInt32Value)(uint)footer,
                Gutter = 0U,
            },
            new Columns { Space = "425" });
        return section;
    }
}
