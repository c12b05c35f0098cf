using Scriban.Syntax;

namespace DocGen.Templates.Scripting;

/// <summary>Reads a Scriban expression that is a plain path (<c>company.name</c>, <c>this.case.name</c>) as its names.</summary>
internal static class ScriptPath
{
    public static bool TryRead(ScriptExpression? expression, out List<string> segments)
    {
        segments = [];
        return Read(expression, segments);
    }

    private static bool Read(ScriptNode? node, List<string> segments)
    {
        switch (node)
        {
            case ScriptVariableGlobal variable:
                segments.Add(variable.Name);
                return true;
            case ScriptThisExpression:
                return true;
            case ScriptMemberExpression { Member: { } member } access when Read(access.Target, segments):
                segments.Add(member.Name);
                return segments.Count > 0;
            default:
                return false;
        }
    }

    /// <summary>The functions a value goes through: <c>a | b | c</c> is nested as <c>a | (b | c)</c>, read here as b, c.</summary>
    public static IEnumerable<ScriptExpression> Stages(ScriptExpression? to) =>
        to is ScriptPipeCall inner ? Stages(inner.From).Concat(Stages(inner.To)) : to is null ? [] : [to];
}
