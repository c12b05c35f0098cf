using Scriban.Runtime;

namespace DocGen.Templates.Scripting;

/// <summary><c>{{ sign_date | date | default "    年    月    日" }}</c>: the text used when the value is missing or empty.</summary>
internal sealed class DefaultFunction() : DocGenFunction("default", 1, 1, "| default \"text\"")
{
    public override bool Accepts(int index, object? literal) => literal is string;

    protected override object? Call(ScriptContext context, object? value, ScriptArray arguments) =>
        context.Text(value).Length == 0 ? Argument(arguments, 0) : value;
}
