using Scriban.Syntax;

namespace DocGen.Templates.Rendering;

/// <summary>One branch of an <c>if</c>: its condition (none for <c>else</c>), the tag that opened it, and what it renders.</summary>
internal sealed record ConditionBranch(ScriptExpression? Condition, string Text, RenderNode[] Body);
