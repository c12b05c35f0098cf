using Scriban.Runtime;

namespace DocGen.Templates.Scripting;

/// <summary>
/// <c>{{ nature | check "国有" }}</c>: ☑ when the value is the choice (or a list holding it, for multiple choice), else □;
/// <c>{{ agreed | check }}</c>: ☑ when the value is true. A blank form's boxes are all □.
/// </summary>
internal sealed class CheckFunction() : DocGenFunction("check", 0, 1, "| check \"value\"")
{
    public const string Ticked = "☑";
    public const string Empty = "□";

    protected override object Call(ScriptContext context, object? value, ScriptArray arguments)
    {
        if (arguments.Count < 2 || Argument(arguments, 0) is not { } choice) return context.ToBool(default, value!) ? Ticked : Empty;
        if (value is ScriptArray list)
        {
            foreach (var item in list)
                if (context.ValuesEqual(item, choice)) return Ticked;
            return Empty;
        }
        return context.ValuesEqual(value, choice) ? Ticked : Empty;
    }
}
