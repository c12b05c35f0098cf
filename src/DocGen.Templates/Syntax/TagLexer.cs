using System.Globalization;
using System.Text;
using DocGen.Templates.Diagnostics;

namespace DocGen.Templates.Syntax;

/// <summary>
/// Splits the inside of a tag into tokens. Accepts Word's typographic quotes (“…” and ‘…’) as string
/// delimiters because Word's autocorrect turns typed straight quotes into them.
/// </summary>
internal static class TagLexer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '"' or '“' or '”' or '\'' or '‘' or '’')
            {
                var close = c switch { '“' => '”', '‘' => '’', _ => c };
                var sb = new StringBuilder();
                i++;
                while (i < text.Length && text[i] != close && !(close == '”' && text[i] == '"') && !(close == '"' && text[i] == '”'))
                {
                    if (text[i] == '\\' && i + 1 < text.Length) i++;
                    sb.Append(text[i++]);
                }
                if (i >= text.Length) throw new TagSyntaxException(DiagnosticCodes.BadTag, "unterminated string literal");
                i++;
                tokens.Add(new Token(TokenKind.String, sb.ToString(), sb.ToString()));
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                var start = i++;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.')) i++;
                var literal = text[start..i];
                if (!double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    throw new TagSyntaxException(DiagnosticCodes.BadTag, $"bad number \"{literal}\"");
                tokens.Add(new Token(TokenKind.Number, literal, number));
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_')) i++;
                tokens.Add(new Token(TokenKind.Identifier, text[start..i]));
            }
            else if (i + 1 < text.Length && (text.AsSpan(i, 2) is "==" or "!="))
            {
                tokens.Add(new Token(TokenKind.Symbol, text.Substring(i, 2)));
                i += 2;
            }
            else if (c is '|' or '.' or '(' or ')' or ':')
            {
                tokens.Add(new Token(TokenKind.Symbol, c.ToString()));
                i++;
            }
            else
            {
                throw new TagSyntaxException(DiagnosticCodes.BadTag, $"unexpected character '{c}'");
            }
        }
        tokens.Add(new Token(TokenKind.End, ""));
        return tokens;
    }
}
