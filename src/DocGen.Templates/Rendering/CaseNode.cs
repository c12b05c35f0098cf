using DocGen.Templates.Scripting;

namespace DocGen.Templates.Rendering;

/// <summary><c>case … when … else … end</c>: the first <c>when</c> with a value equal to the case's renders, else the <c>else</c>.</summary>
internal sealed class CaseNode(CaseTag tag, string location, IReadOnlyList<CaseBranch> branches) : RenderNode
{
    public CaseTag Tag { get; } = tag;

    public string Location { get; } = location;

    public IReadOnlyList<CaseBranch> Branches { get; } = branches;

    public override void Render(RenderContext context)
    {
        var value = context.Evaluate(Tag.Value, Location, Tag.Text);
        foreach (var branch in Branches)
        {
            if (branch.When is null || branch.When.Values.Any(v => context.Script.ValuesEqual(value, context.Evaluate(v, Location, branch.When.Text))))
            {
                RenderAll(branch.Body, context);
                return;
            }
        }
    }
}
