using System.Collections;
using DocGen.Templates.Diagnostics;
using DocGen.Templates.Scripting;
using Scriban.Runtime;

namespace DocGen.Templates.Rendering;

/// <summary>
/// <c>for p in projects</c>: renders its body once per item, with the item as <c>p</c> and Scriban's loop object as
/// <c>for</c> (<c>for.index</c> from 0, <c>for.rindex</c>, <c>for.first</c>, <c>for.last</c>, <c>for.even</c>,
/// <c>for.odd</c>, <c>for.length</c>); <c>min:</c> adds blank repetitions up to that count.
/// </summary>
internal sealed class LoopNode(ForTag tag, string location, RenderNode[] body) : RenderNode
{
    public ForTag Tag { get; } = tag;

    public string Location { get; } = location;

    public RenderNode[] Body { get; } = body;

    public override void Render(RenderContext context)
    {
        var items = Items(context);
        if (items is null) return;
        var count = Math.Max(items.Count, Tag.Options.Minimum);
        if (count == 0) return;
        var state = new LoopState { Length = count };
        using var loop = context.Script.Bind("for");
        using var item = context.Script.Bind(Tag.Variable);
        loop.Value = state;
        for (var index = 0; index < count; index++)
        {
            if (index < items.Count) item.Value = items[index];
            else if (index == items.Count) item.Value = null; // the blank repetitions after the items

            state.Index = index;
            RenderAll(Body, context);
        }
    }

    /// <summary>The items after offset, limit and reversed; none for a missing value or one that is not a list. Null when the loop cannot run.</summary>
    private IList? Items(RenderContext context)
    {
        var source = context.Evaluate(Tag.Source, Location, Tag.Text);
        var items = source switch
        {
            IList list => list,
            IEnumerable sequence and not string and not ScriptObject => sequence.Cast<object?>().Take(ScriptContext.MaxLoopCount + 1).ToList(),
            _ => Array.Empty<object>(),
        };
        var options = Tag.Options;
        if (options.Offset is not null || options.Limit is not null || options.Reversed)
        {
            var offset = options.Offset is null ? 0 : Math.Max(0, context.Script.ToInt(options.Offset.Span, context.Evaluate(options.Offset, Location, Tag.Text)!));
            var limit = options.Limit is null ? int.MaxValue : Math.Max(0, context.Script.ToInt(options.Limit.Span, context.Evaluate(options.Limit, Location, Tag.Text)!));
            var selected = items.Cast<object?>().Skip(offset).Take(limit).ToList();
            if (options.Reversed) selected.Reverse();
            items = selected;
        }
        if (items.Count > ScriptContext.MaxLoopCount)
        {
            context.Problems.Add(DiagnosticCatalog.RenderFailed.Create(Location,
                $"the loop would repeat {items.Count} times; at most {ScriptContext.MaxLoopCount} are allowed", Tag.Text,
                $"循环要重复 {items.Count} 次，最多允许 {ScriptContext.MaxLoopCount} 次"));
            return null;
        }
        return items;
    }
}
