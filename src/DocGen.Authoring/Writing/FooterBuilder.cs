using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Authoring.Writing;

/// <summary>The page number of a notice: "— 1 —", centred, in 宋体 四号 (the Footer style).</summary>
internal static class FooterBuilder
{
    public static Footer Build() => new(
        new Paragraph(
            new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Footer } },
            new Run(new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
}
