using System.Text.Json;
using DocGen.Templates.Binding;
using DocGen.Templates.Syntax;

namespace DocGen.Templates.Rendering;

internal sealed class LoopNode(ForTag tag, string location, RenderNode[] body) : RenderNode
{
    public ForTag Tag { get; } = tag;

    public string Location { get; } = location;

    public RenderNode[] Body { get; } = body;

    public override void Render(RenderContext context)
    {
        var source = context.Scope.Resolve(Tag.Source.Segments);
        var items = source.Kind == JsonValueKind.Array ? source.Element.GetArrayLength() : 0;
        var count = Math.Max(items, Tag.Minimum);
        if (count == 0) return;
        context.Scope.Push(Tag.Variable, DataValue.Missing, 0, count);
        try
        {
            var index = 0;
            if (items > 0)
            {
                foreach (var item in source.Element.EnumerateArray())
                {
                    context.Scope.SetIteration(DataValue.From(item), index++);
                    RenderAll(Body, context);
                }
            }
            for (; index < count; index++)
            {
                context.Scope.SetIteration(DataValue.Missing, index);
                RenderAll(Body, context);
            }
        }
        finally
        {
            context.Scope.Pop();
        }
    }
}
