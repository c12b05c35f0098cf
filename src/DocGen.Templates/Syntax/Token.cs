namespace DocGen.Templates.Syntax;

internal enum TokenKind
{
    Identifier,
    String,
    Number,
    Symbol,
    End,
}

internal readonly record struct Token(TokenKind Kind, string Text, object? Value = null);
