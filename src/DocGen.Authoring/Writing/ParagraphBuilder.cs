using DocGen.Authoring.Model;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Authoring.Writing;

/// <summary>Paragraph blocks: the block's named style plus its <c>{…}</c> options as direct formatting.</summary>
internal static class ParagraphBuilder
{
    public static Paragraph Build(ParagraphKind? kind, ParagraphFormat format, IReadOnlyList<Inline> content, DocumentSettings settings)
    {
        var properties = new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = kind is { } k ? StyleIds.For(k) : StyleIds.Normal },
        };

        if (format.KeepWithNext)
        {
            properties.KeepNext = new KeepNext();
        }

        if (format.BeforePt is not null || format.AfterPt is not null || format.LinePt is not null)
        {
            var spacing = format.LinePt is { } line ? Formatting.ExactLine(line) : new SpacingBetweenLines();
            if (format.BeforePt is { } before)
            {
                spacing.Before = Units.PtToTwips(before).ToString();
            }

            if (format.AfterPt is { } after)
            {
                spacing.After = Units.PtToTwips(after).ToString();
            }

            properties.SpacingBetweenLines = spacing;
        }

        if (format.IndentChars is { } indent)
        {
            var halfPoints = format.HalfPoints ?? (kind is { } styled ? StyleIds.HalfPoints(styled, settings) : settings.BodyHalfPoints);
            properties.Indentation = Formatting.FirstLineChars(indent, halfPoints);
        }

        if (format.Align is { } align)
        {
            properties.Justification = new Justification { Val = Formatting.Justification(align) };
        }

        if (RunBuilder.MarkProperties(format.Font, format.HalfPoints, format.Bold) is { } mark)
        {
            properties.ParagraphMarkRunProperties = mark;
        }

        var paragraph = new Paragraph(properties);
        paragraph.Append(RunBuilder.Runs(content, format.Font, format.HalfPoints, format.Bold));
        return paragraph;
    }
}
