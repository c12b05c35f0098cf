using Scriban.Syntax;

namespace DocGen.Templates.Scripting;

/// <summary>A parsed <c>{{ … }}</c> tag: Scriban's syntax tree for what it says, and the text as written.</summary>
internal abstract record Tag(string Text);

/// <summary>An expression whose value is written where the tag stands, as text, paragraphs or a picture.</summary>
internal sealed record ValueTag(string Text, ScriptExpression Expression, ValueOutput Output) : Tag(Text);

/// <summary><c>for p in projects min:3</c>: Scriban's loop head, with DocGen's <c>min:</c> for blank rows.</summary>
internal sealed record ForTag(string Text, string Variable, ScriptExpression Source, LoopOptions Options) : Tag(Text);

internal sealed record IfTag(string Text, ScriptExpression Condition) : Tag(Text);

internal sealed record ElseIfTag(string Text, ScriptExpression Condition) : Tag(Text);

internal sealed record ElseTag(string Text) : Tag(Text);

internal sealed record CaseTag(string Text, ScriptExpression Value) : Tag(Text);

internal sealed record WhenTag(string Text, IReadOnlyList<ScriptExpression> Values) : Tag(Text);

internal sealed record EndTag(string Text) : Tag(Text);
