using DocGen.Authoring.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Authoring.Writing;

/// <summary>Turns parsed inline text into runs; each template tag becomes a run of its own, exactly as written.</summary>
internal static class RunBuilder
{
    /// <param name="font">direct font, or null to keep the style's</param>
    /// <param name="halfPoints">direct size, or null to keep the style's</param>
    /// <param name="bold">bold from a block or cell option, on top of <c>**</c> marks</param>
    public static IEnumerable<OpenXmlElement> Runs(IEnumerable<Inline> content, string? font, int? halfPoints, bool bold)
    {
        foreach (var inline in content)
        {
            if (inline.Kind == InlineKind.Break)
            {
                yield return new Run(new Break());
                continue;
            }

            var run = new Run();
            if (Properties(font, halfPoints, bold || inline.Bold, inline.Underline) is { } properties)
            {
                run.Append(properties);
            }

            run.Append(new Text(inline.Text) { Space = SpaceProcessingModeValues.Preserve });
            yield return run;
        }
    }

    /// <summary>The same direct formatting for the paragraph mark, so an empty paragraph has the size of its text.</summary>
    public static ParagraphMarkRunProperties? MarkProperties(string? font, int? halfPoints, bool bold)
    {
        if (Properties(font, halfPoints, bold, false) is not { } properties)
        {
            return null;
        }

        return new ParagraphMarkRunProperties(properties.ChildElements.Select(e => e.CloneNode(true)));
    }

    private static RunProperties? Properties(string? font, int? halfPoints, bool bold, bool underline)
    {
        if (font is null && halfPoints is null && !bold && !underline)
        {
            return null;
        }

        var properties = new RunProperties();
        if (font is not null)
        {
            properties.RunFonts = Formatting.Fonts(font);
        }

        if (bold)
        {
            properties.Bold = new Bold();
            properties.BoldComplexScript = new BoldComplexScript();
        }

        if (halfPoints is { } size)
        {
            properties.FontSize = new FontSize { Val = size.ToString() };
            properties.FontSizeComplexScript = new FontSizeComplexScript { Val = size.ToString() };
        }

        if (underline)
        {
            properties.Underline = new Underline { Val = UnderlineValues.Single };
        }

        return properties;
    }
}
