namespace DocGen.Templates.Syntax;

/// <summary>The small expression language of tags: paths, literals, comparisons and boolean logic. Nothing else, so no code runs from a template.</summary>
internal abstract record Expression;

/// <summary><c>company.name</c>: a path from the data root, a loop variable, <c>loop</c> or <c>form</c>.</summary>
internal sealed record PathExpression(IReadOnlyList<string> Segments) : Expression
{
    public override string ToString() => string.Join('.', Segments);
}

internal sealed record LiteralExpression(object? Value) : Expression
{
    public override string ToString() => Value is string s ? $"\"{s}\"" : Value?.ToString() ?? "null";
}

internal sealed record ComparisonExpression(Expression Left, bool Equal, Expression Right) : Expression;

internal sealed record NotExpression(Expression Operand) : Expression;

internal sealed record LogicalExpression(Expression Left, bool And, Expression Right) : Expression;
