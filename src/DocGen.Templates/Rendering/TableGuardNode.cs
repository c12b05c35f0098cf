namespace DocGen.Templates.Rendering;

/// <summary>
/// Word refuses a table without rows. When every row of a table sits in loops or conditions and none renders
/// (a loop over an empty list, a false condition), the table is removed from the output.
/// </summary>
internal sealed class TableGuardNode(RenderNode[] table, string rowStart) : RenderNode
{
    public RenderNode[] Table { get; } = table;

    public override void Render(RenderContext context)
    {
        var start = context.Output.Length;
        RenderAll(Table, context);
        if (!HoldsRow(context.Output, start)) context.Output.Length = start;
    }

    // The row element's start tag is "<w:tr>" or "<w:tr " (never "<w:trPr").
    private bool HoldsRow(System.Text.StringBuilder output, int from)
    {
        for (var i = from; i + rowStart.Length < output.Length; i++)
        {
            if (output[i] != '<') continue;
            var j = 0;
            while (j < rowStart.Length && output[i + j] == rowStart[j]) j++;
            if (j == rowStart.Length && output[i + j] is '>' or ' ' or '/') return true;
        }
        return false;
    }
}
