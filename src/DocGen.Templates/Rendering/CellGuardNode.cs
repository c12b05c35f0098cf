namespace DocGen.Templates.Rendering;

/// <summary>
/// A table cell must end with a paragraph. When a cell's last paragraphs sit in a loop or condition that
/// renders nothing, this adds an empty paragraph so the document stays valid.
/// </summary>
internal sealed class CellGuardNode(RenderNode[] body) : RenderNode
{
    public RenderNode[] Body { get; } = body;

    public override void Render(RenderContext context)
    {
        RenderAll(Body, context);
        if (!EndsWith(context.Output, "</w:p>") && !EndsWith(context.Output, "<w:p/>")) context.Output.Append("<w:p/>");
    }

    private static bool EndsWith(System.Text.StringBuilder sb, string suffix)
    {
        if (sb.Length < suffix.Length) return false;
        for (var i = 0; i < suffix.Length; i++)
            if (sb[sb.Length - suffix.Length + i] != suffix[i]) return false;
        return true;
    }
}
