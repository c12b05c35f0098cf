using Scriban.Runtime;

namespace DocGen.Templates.Scripting;

/// <summary><c>{{ intro | paragraphs }}</c>: each line of the text becomes its own paragraph, in the style of the tag's paragraph.</summary>
internal sealed class ParagraphsFunction() : DocGenFunction("paragraphs", 0, 0, "| paragraphs")
{
    public override ValueOutput Output => ValueOutput.Paragraphs;

    protected override object Call(ScriptContext context, object? value, ScriptArray arguments) => context.Text(value);
}
