using DocGen.Templates.Syntax;

namespace DocGen.Templates.Rendering;

internal sealed class ConditionNode(IfTag tag, string location, RenderNode[] then, RenderNode[] otherwise) : RenderNode
{
    public IfTag Tag { get; } = tag;

    public string Location { get; } = location;

    public RenderNode[] Then { get; } = then;

    public RenderNode[] Otherwise { get; } = otherwise;

    public override void Render(RenderContext context) =>
        RenderAll(context.Scope.Evaluate(Tag.Condition).IsTruthy ? Then : Otherwise, context);
}
