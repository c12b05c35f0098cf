namespace DocGen.Templates.Rendering;

/// <summary>
/// A compiled template is a tree of these: literal XML between tags, and the tags themselves. Rendering
/// walks the tree and appends text; nothing is parsed per request.
/// </summary>
internal abstract class RenderNode
{
    public abstract void Render(RenderContext context);

    public static void RenderAll(RenderNode[] nodes, RenderContext context)
    {
        // Every loop iteration and branch comes through here: the one place that sees all output being made.
        context.Budget.Check(context.Output.Length);
        foreach (var node in nodes) node.Render(context);
    }
}
