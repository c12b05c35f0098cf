using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DocGen.Templates.Scripting;

/// <summary>
/// A function DocGen adds to Scriban (<c>check</c>, <c>image</c>, <c>paragraphs</c>, <c>lines</c>, <c>number</c>,
/// <c>date</c>, <c>default</c>), called with Scriban's pipe: <c>{{ founded | date "month" }}</c>. The value is the first
/// parameter; the arguments after it are checked when the template is compiled when they are literals.
/// </summary>
internal abstract class DocGenFunction(string name, int minArguments, int maxArguments, string usage) : IScriptCustomFunction
{
    public string Name { get; } = name;

    /// <summary>How the function is written, for the message of a tag that calls it wrongly.</summary>
    public string Usage { get; } = usage;

    public int MinArguments { get; } = minArguments;

    public int MaxArguments { get; } = maxArguments;

    /// <summary>What the tag writes when this function is the last of its pipe; such a function must be last.</summary>
    public virtual ValueOutput Output => ValueOutput.Text;

    /// <summary>Whether a literal argument at <paramref name="index"/> (0 = the first after the value) is acceptable.</summary>
    public virtual bool Accepts(int index, object? literal) => true;

    protected abstract object? Call(ScriptContext context, object? value, ScriptArray arguments);

    /// <summary>The argument after the value at <paramref name="index"/>, or null when the tag did not give it.</summary>
    protected static object? Argument(ScriptArray arguments, int index) => index + 1 < arguments.Count ? arguments[index + 1] : null;

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Call((ScriptContext)context, arguments.Count > 0 ? arguments[0] : null, arguments);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 1 + MinArguments;

    public int ParameterCount => 1 + MaxArguments;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "value" : $"argument{index}", null!);
}
