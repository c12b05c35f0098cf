using System.Text;
using DocGen.Templates.Diagnostics;
using DocGen.Templates.Scripting;

namespace DocGen.Templates.Rendering;

/// <summary>A value tag: evaluates its Scriban expression and writes the result, as runs in the formatting the tag had, as paragraphs, or as a picture.</summary>
internal sealed class ValueNode(ValueTag tag, string location, string runProperties, string? paragraphRestart, long availableWidthEmu, CellFit? cellFit) : RenderNode
{
    private const long EmuPerCm = 360000;
    private const long EmuPerPixel = 9525;
    private const double DefaultMaxHeightCm = 9;

    public ValueTag Tag { get; } = tag;

    public string Location { get; } = location;

    public override void Render(RenderContext context)
    {
        var value = context.Evaluate(Tag.Expression, Location, Tag.Text);
        switch (value)
        {
            case ImageRequest image when Tag.Output == ValueOutput.Image:
                WriteImage(context, image);
                break;
            case var text when Tag.Output == ValueOutput.Paragraphs:
                WriteParagraphs(context.Output, context.Script.Text(text));
                break;
            default:
                var written = context.Script.Text(value);
                WriteText(context.Output, written, cellFit is not null && UnbreakableText.Fit(written, cellFit) is { } narrowed
                    ? cellFit.Narrowed(narrowed.ScalePercent, narrowed.HalfPoints)
                    : runProperties);
                break;
        }
    }

    private void WriteText(StringBuilder output, string text) => WriteText(output, text, runProperties);

    private static void WriteText(StringBuilder output, string text, string properties)
    {
        if (text.Length == 0) return;
        output.Append("<w:r>").Append(properties).Append("<w:t xml:space=\"preserve\">");
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\r' or '\t')) continue;
            XmlText.AppendEscaped(output, text.AsSpan(start, i - start));
            if (i == text.Length) break;
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            output.Append(text[i] == '\t' ? "</w:t><w:tab/><w:t xml:space=\"preserve\">" : "</w:t><w:br/><w:t xml:space=\"preserve\">");
            start = i + 1;
        }
        output.Append("</w:t></w:r>");
    }

    private void WriteParagraphs(StringBuilder output, string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) output.Append(paragraphRestart);
            WriteText(output, lines[i]);
        }
    }

    private void WriteImage(RenderContext context, ImageRequest request)
    {
        if (request.Value is null) return;
        var image = ImageData.TryDecode(request.Value, context.Script, out var problem);
        if (image is null)
        {
            if (problem is not null)
                context.Problems.Add(DiagnosticCatalog.BadImage.Create(Location, problem, Tag.Text));
            return;
        }
        var maxWidth = availableWidthEmu;
        if (request.MaxWidthCm is { } width) maxWidth = Math.Min(maxWidth, (long)(width * EmuPerCm));
        var maxHeight = (long)((request.MaxHeightCm ?? DefaultMaxHeightCm) * EmuPerCm);
        var naturalWidth = image.Width * EmuPerPixel;
        var naturalHeight = image.Height * EmuPerPixel;
        // Photos from phones are far larger than a cell: scale down to fit, keep the aspect ratio, never scale up.
        var scale = Math.Min(1.0, Math.Min((double)maxWidth / naturalWidth, (double)maxHeight / naturalHeight));
        var cx = Math.Max(1, (long)(naturalWidth * scale));
        var cy = Math.Max(1, (long)(naturalHeight * scale));

        var number = context.Images.Count + 1;
        var relationshipId = $"dgImg{number}";
        context.AddImage(new EmbeddedImage(relationshipId, $"word/media/dgimage{number}.{image.Extension}", image.Extension, image.Bytes));
        var id = context.NextDrawingId++;
        var description = XmlText.Escape(image.Caption ?? "");
        context.Output.Append("<w:r>").Append(runProperties).Append("<w:drawing>")
            .Append("<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">")
            .Append("<wp:extent cx=\"").Append(cx).Append("\" cy=\"").Append(cy).Append("\"/>")
            .Append("<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>")
            .Append("<wp:docPr id=\"").Append(id).Append("\" name=\"图片 ").Append(number).Append("\" descr=\"").Append(description).Append("\"/>")
            .Append("<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>")
            .Append("<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
            .Append("<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"").Append(id)
            .Append("\" name=\"dgimage").Append(number).Append('.').Append(image.Extension).Append("\"/><pic:cNvPicPr/></pic:nvPicPr>")
            .Append("<pic:blipFill><a:blip r:embed=\"").Append(relationshipId)
            .Append("\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>")
            .Append("<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"").Append(cx).Append("\" cy=\"").Append(cy)
            .Append("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>");
    }
}
