namespace DocGen.Templates.Syntax;

/// <summary>A parsed <c>{{ … }}</c> tag.</summary>
internal abstract record Tag(string Text);

internal sealed record ValueTag(string Text, Expression Value, IReadOnlyList<FilterCall> Filters) : Tag(Text);

internal sealed record ForTag(string Text, string Variable, PathExpression Source, int Minimum) : Tag(Text);

internal sealed record IfTag(string Text, Expression Condition) : Tag(Text);

internal sealed record ElseTag(string Text) : Tag(Text);

internal sealed record EndTag(string Text) : Tag(Text);
