using DocGen.Templates.Diagnostics;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DocGen.Templates.Scripting;

/// <summary>
/// Checks a tag's Scriban expression when the template is compiled, and binds its function calls: a call may name
/// one of DocGen's functions or a function of Scriban's builtin objects (<c>string.upcase</c>), and is bound here to
/// the function itself, so a data field of the same name (a form's <c>date</c>) never shadows it. Anything that
/// would assign, declare a function or call data is refused, and so are ranges without literal bounds.
/// </summary>
internal sealed class ExpressionChecker(ScriptExpression? last, int columnShift)
{
    /// <summary>Checks <paramref name="root"/> and returns what the tag writes, decided by the last function of its pipe.</summary>
    /// <param name="columnShift">How far the tag's text starts into what Scriban parsed (block tags are parsed inside a completion).</param>
    public static ValueOutput Check(ScriptExpression root, bool allowOutput, int columnShift = 0)
    {
        var last = root;
        while (last is ScriptPipeCall pipe) last = pipe.To;
        var checker = new ExpressionChecker(last, columnShift);
        checker.Visit(root, piped: false);
        var output = last is ScriptFunctionCall { Target: ScriptLiteral { Value: DocGenFunction function } } ? function.Output : ValueOutput.Text;
        if (output != ValueOutput.Text && !allowOutput)
        {
            throw checker.Error(DiagnosticCatalog.BadFilter, last!, $"\"{Name(output)}\" can only end a value tag, not a condition or loop",
                $"「{Name(output)}」只能用在输出值的标签末尾，不能用在条件或循环中");
        }

        return output;
    }

    private void Visit(ScriptNode? node, bool piped)
    {
        switch (node)
        {
            case null:
                return;
            case ScriptPipeCall pipe:
                Visit(pipe.From, piped);
                VisitPiped(pipe.To);
                return;
            case ScriptFunctionCall call:
                Bind(call, piped);
                foreach (var argument in call.Arguments) Visit(argument, piped: false);
                return;
            case ScriptAssignExpression:
                throw Error(DiagnosticCatalog.BadTag, node, "a tag cannot assign a value", "标签中不能赋值");
            case ScriptFunction:
                throw Error(DiagnosticCatalog.BadTag, node, "a tag cannot declare a function", "标签中不能定义函数");
            case ScriptBinaryExpression { Operator: ScriptBinaryOperator.RangeInclude or ScriptBinaryOperator.RangeExclude } range:
                if (range.Left is not ScriptLiteral { Value: int from } || range.Right is not ScriptLiteral { Value: int to } || Math.Abs((long)to - from) > ScriptContext.MaxLoopCount)
                {
                    throw Error(DiagnosticCatalog.BadTag, node, $"a range needs whole-number bounds written in the tag, at most {ScriptContext.MaxLoopCount} apart (1..10)",
                        $"范围的两端必须是写在标签里的整数，相差不超过 {ScriptContext.MaxLoopCount}（如 1..10）");
                }

                return;
        }
        foreach (var child in node.Children) Visit(child, piped: false);
    }

    // In a | b | c Scriban nests the pipes as a | (b | c): b and c both receive the value.
    private void VisitPiped(ScriptExpression? target)
    {
        if (target is ScriptPipeCall inner)
        {
            VisitPiped(inner.From);
            VisitPiped(inner.To);
            return;
        }
        Visit(target, piped: true);
    }

    private void Bind(ScriptFunctionCall call, bool piped)
    {
        switch (call.Target)
        {
            case ScriptVariableGlobal { Name: var name } when DocGenFunctions.Find(name) is { } function:
                var arguments = piped ? call.Arguments.ToList() : call.Arguments.Skip(1).ToList();
                if (!piped && call.Arguments.Count == 0 || arguments.Count < function.MinArguments || arguments.Count > function.MaxArguments
                    || arguments.Select((a, i) => a is not ScriptLiteral literal || function.Accepts(i, literal.Value)).Contains(false))
                {
                    throw Error(DiagnosticCatalog.BadFilter, call, $"\"{name}\" has wrong arguments; use {function.Usage}",
                        $"「{name}」的参数不对，应写作 {function.Usage}");
                }

                if (function.Output != ValueOutput.Text && call != last)
                {
                    throw Error(DiagnosticCatalog.BadFilter, call, $"\"{name}\" must be the last function of the tag",
                        $"「{name}」必须是标签中的最后一个函数");
                }

                call.Target = new ScriptLiteral(function) { Span = call.Target.Span };
                return;
            case ScriptMemberExpression { Target: ScriptVariableGlobal { Name: var owner }, Member.Name: var member } when ScriptBuiltins.Function(owner, member) is { } builtin:
                call.Target = new ScriptLiteral(builtin) { Span = call.Target.Span };
                return;
            case ScriptLiteral { Value: DocGenFunction or IScriptCustomFunction }:
                return; // bound by an earlier check of the same tree
            default:
                var meant = NearestName.Of(call.Target?.ToString() ?? "", DocGenFunctions.Names);
                throw Error(DiagnosticCatalog.BadFilter, call,
                    $"unknown function \"{call.Target}\"" + (meant is null ? "" : $"; did you mean \"{meant}\"?")
                    + $" (DocGen's: {string.Join(", ", DocGenFunctions.Names)}; Scriban's: {string.Join(", ", ScriptBuiltins.ObjectNames.Select(n => n + ".*"))})",
                    $"没有名为「{call.Target}」的函数" + (meant is null ? "" : $"，是否想写「{meant}」？")
                    + $"（可用：{string.Join("、", DocGenFunctions.Names)}，以及 Scriban 的 {string.Join("、", ScriptBuiltins.ObjectNames.Select(n => n + ".*"))}）");
        }
    }

    private static string Name(ValueOutput output) => output == ValueOutput.Image ? "image" : "paragraphs";

    private TagSyntaxException Error(DiagnosticKind kind, ScriptNode node, string message, string messageZh)
    {
        var column = Math.Max(1, node.Span.Start.Column - columnShift + 1);
        return new(kind, $"column {column}: {message}", $"标签第 {column} 个字符处：{messageZh}");
    }
}
