using System.Text;
using DocGen.Templates.Binding;
using DocGen.Templates.Diagnostics;

namespace DocGen.Templates.Rendering;

/// <summary>The state of one render: the text being written, the scope, images added, problems met, the budget left.</summary>
internal sealed class RenderContext(Scope scope, StringBuilder output, RenderBudget budget)
{
    public Scope Scope { get; } = scope;

    public StringBuilder Output { get; set; } = output;

    public RenderBudget Budget { get; } = budget;

    public List<EmbeddedImage> Images { get; } = [];

    public List<Diagnostic> Problems { get; } = [];

    /// <summary>Drawing ids must be unique in a document; start far above what Word gives template pictures.</summary>
    public int NextDrawingId { get; set; } = 10000;

    public void AddImage(EmbeddedImage image)
    {
        Budget.AddImage(image.Bytes.Length);
        Images.Add(image);
    }
}
