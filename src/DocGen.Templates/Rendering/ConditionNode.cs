using DocGen.Templates.Scripting;

namespace DocGen.Templates.Rendering;

/// <summary><c>if … else if … else … end</c>: the first branch whose condition holds renders (a branch without a condition is the <c>else</c>).</summary>
internal sealed class ConditionNode(IfTag tag, string location, IReadOnlyList<ConditionBranch> branches) : RenderNode
{
    public IfTag Tag { get; } = tag;

    public string Location { get; } = location;

    public IReadOnlyList<ConditionBranch> Branches { get; } = branches;

    public override void Render(RenderContext context)
    {
        foreach (var branch in Branches)
        {
            if (branch.Condition is null || context.IsTrue(branch.Condition, Location, branch.Text))
            {
                RenderAll(branch.Body, context);
                return;
            }
        }
    }
}
