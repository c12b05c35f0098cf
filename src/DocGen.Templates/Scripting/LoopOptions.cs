using Scriban.Syntax;

namespace DocGen.Templates.Scripting;

/// <summary>
/// The named arguments of a <c>for</c> tag: Scriban's <c>offset:</c>, <c>limit:</c> and <c>reversed</c>, and
/// DocGen's <c>min:</c> (at least that many repetitions; the missing ones are blank rows to fill by hand).
/// </summary>
internal sealed record LoopOptions(int Minimum, ScriptExpression? Offset, ScriptExpression? Limit, bool Reversed)
{
    public const int MaxMinimum = 1000;

    public static readonly LoopOptions None = new(0, null, null, false);
}
