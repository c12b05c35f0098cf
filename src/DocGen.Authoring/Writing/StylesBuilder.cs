using DocGen.Authoring.Model;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Authoring.Writing;

/// <summary>
/// styles.xml: the layout of a notice (GB/T 9704) as named styles, so blocks carry a style and only the
/// <c>{…}</c> options of a source become direct formatting.
/// </summary>
internal static class StylesBuilder
{
    /// <summary>The line pitch of body text in a notice: 22 lines to the A4 page.</summary>
    public const double BodyLinePt = 28;

    public static Styles Build(DocumentSettings settings)
    {
        var body = settings.BodyHalfPoints;
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Formatting.Fonts(settings.BodyFont),
                    new FontSize { Val = body.ToString() },
                    new FontSizeComplexScript { Val = body.ToString() },
                    new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault()));

        styles.Append(
            Paragraph(StyleIds.Normal, "Normal", null, null, isDefault: true,
                Properties(spacing: Formatting.ExactLine(BodyLinePt), align: Alignment.Both), null),
            Paragraph("Title", "Title", StyleIds.Normal, "Body",
                Properties(spacing: new SpacingBetweenLines { Before = "0", After = "560", Line = "720", LineRule = LineSpacingRuleValues.Exact },
                    align: Alignment.Center, keepNext: true, outline: 0),
                Run(OfficialFonts.TitleFont, 44)),
            Paragraph("Subtitle", "Subtitle", StyleIds.Normal, "Body",
                Properties(align: Alignment.Center, keepNext: true),
                Run(OfficialFonts.Kai, 32)),
            Paragraph("Attachment", "Attachment", StyleIds.Normal, "Title",
                Properties(align: Alignment.Left, keepNext: true),
                Run(OfficialFonts.Hei, 32)),
            Paragraph("Heading1", "heading 1", StyleIds.Normal, "Body",
                Properties(align: Alignment.Left, keepNext: true, outline: 0, indent: Formatting.FirstLineChars(0, 32)),
                Run(OfficialFonts.Hei, 32)),
            Paragraph("Heading2", "heading 2", StyleIds.Normal, "Body",
                Properties(align: Alignment.Left, keepNext: true, outline: 1, indent: Formatting.FirstLineChars(2, 32)),
                Run(OfficialFonts.Kai, 32)),
            Paragraph("Heading3", "heading 3", StyleIds.Normal, "Body",
                Properties(align: Alignment.Left, keepNext: true, outline: 2, indent: Formatting.FirstLineChars(2, body)),
                new StyleRunProperties(new Bold(), new BoldComplexScript())),
            Paragraph("Body", "Body", StyleIds.Normal, null,
                Properties(align: Alignment.Both, indent: Formatting.FirstLineChars(2, body)), null),
            Paragraph("TextLeft", "Text (no indent)", StyleIds.Normal, null, Properties(align: Alignment.Left), null),
            Paragraph("Centered", "Centered", StyleIds.Normal, null, Properties(align: Alignment.Center), null),
            Paragraph("RightAligned", "Right Aligned", StyleIds.Normal, null, Properties(align: Alignment.Right), null),
            Paragraph(StyleIds.TableText, "Table Text", StyleIds.Normal, null,
                Properties(spacing: new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }, align: Alignment.Left),
                new StyleRunProperties(new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" })),
            Paragraph(StyleIds.Footer, "footer", StyleIds.Normal, null,
                Properties(spacing: new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto }, align: Alignment.Center),
                Run(OfficialFonts.Song, 28)),
            FormTableStyle());
        return styles;
    }

    private static Style Paragraph(string id, string name, string? basedOn, string? next, StyleParagraphProperties? paragraph, StyleRunProperties? run) =>
        Paragraph(id, name, basedOn, next, isDefault: false, paragraph, run);

    private static Style Paragraph(string id, string name, string? basedOn, string? next, bool isDefault, StyleParagraphProperties? paragraph, StyleRunProperties? run)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (next is not null)
        {
            style.Append(new NextParagraphStyle { Val = next });
        }

        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    private static StyleParagraphProperties Properties(SpacingBetweenLines? spacing = null, Alignment? align = null, bool keepNext = false, int? outline = null, Indentation? indent = null)
    {
        var properties = new StyleParagraphProperties();
        if (keepNext)
        {
            properties.KeepNext = new KeepNext();
        }

        if (spacing is not null)
        {
            properties.SpacingBetweenLines = spacing;
        }

        if (indent is not null)
        {
            properties.Indentation = indent;
        }

        if (align is { } value)
        {
            properties.Justification = new Justification { Val = Formatting.Justification(value) };
        }

        if (outline is { } level)
        {
            properties.OutlineLevel = new OutlineLevel { Val = level };
        }

        return properties;
    }

    private static StyleRunProperties Run(string font, int halfPoints) => new(
        Formatting.Fonts(font),
        new FontSize { Val = halfPoints.ToString() },
        new FontSizeComplexScript { Val = halfPoints.ToString() });

    private static Style FormTableStyle()
    {
        var style = new Style { Type = StyleValues.Table, StyleId = StyleIds.FormTable };
        style.Append(
            new StyleName { Val = "Form Table" },
            new PrimaryStyle(),
            new StyleTableProperties(TableFrame.Borders(), TableFrame.CellMargins()));
        return style;
    }
}
