using Scriban.Runtime;

namespace DocGen.Templates.Scripting;

/// <summary><c>{{ intro | lines }}</c>: multi-line text whose line breaks become Word line breaks (what every value does; the name says so in the template).</summary>
internal sealed class LinesFunction() : DocGenFunction("lines", 0, 0, "| lines")
{
    protected override object Call(ScriptContext context, object? value, ScriptArray arguments) => context.Text(value);
}
