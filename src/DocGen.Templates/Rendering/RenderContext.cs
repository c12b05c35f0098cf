using System.Text;
using DocGen.Templates.Diagnostics;
using DocGen.Templates.Scripting;
using Scriban.Syntax;

namespace DocGen.Templates.Rendering;

/// <summary>The state of one render: the text being written, Scriban's evaluation state, images added, problems met, the budget left.</summary>
internal sealed class RenderContext(ScriptContext script, StringBuilder output, RenderBudget budget)
{
    public ScriptContext Script { get; } = script;

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

    /// <summary>
    /// Evaluates a tag's expression. A failure (a function given a value it cannot take, a limit reached) becomes a
    /// problem at the tag's location and the value is missing; the render then returns problems, never a document.
    /// The budget is checked before every evaluation: one tag may take as long as a regular expression is allowed to
    /// run, and a paragraph may hold thousands of them.
    /// </summary>
    public object? Evaluate(ScriptExpression expression, string location, string tag)
    {
        Budget.Check(Output.Length);
        try
        {
            return Script.Evaluate(expression);
        }
        catch (Exception e) when (e is ScriptRuntimeException or ArithmeticException or InvalidCastException or FormatException or ArgumentException)
        {
            Problems.Add(DiagnosticCatalog.RenderFailed.Create(location, Message(e), tag));
            return null;
        }
    }

    public bool IsTrue(ScriptExpression condition, string location, string tag) => Script.ToBool(condition.Span, Evaluate(condition, location, tag)!);

    private static string Message(Exception e) => e is ScriptRuntimeException runtime ? runtime.OriginalMessage : e.Message;
}
