namespace DocGen.Templates.Rendering;

internal sealed class LiteralNode(string xml) : RenderNode
{
    public string Xml { get; } = xml;

    public override void Render(RenderContext context) => context.Output.Append(Xml);
}
