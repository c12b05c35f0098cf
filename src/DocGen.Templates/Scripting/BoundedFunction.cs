using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DocGen.Templates.Scripting;

/// <summary>A builtin whose size argument (a width, an index) is refused above a bound before the builtin runs.</summary>
internal sealed class BoundedFunction(IScriptCustomFunction inner, int argument, int max) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (argument < arguments.Count && arguments[argument] is { } size && context.ToInt(callerContext?.Span ?? default, size) > max)
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"a size above {max} is not allowed in a template");
        return inner.Invoke(context, callerContext, arguments, blockStatement);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => inner.RequiredParameterCount;

    public int ParameterCount => inner.ParameterCount;

    public ScriptVarParamKind VarParamKind => inner.VarParamKind;

    public Type ReturnType => inner.ReturnType;

    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);
}
