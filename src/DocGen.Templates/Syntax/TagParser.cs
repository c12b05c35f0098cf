using DocGen.Templates.Diagnostics;

namespace DocGen.Templates.Syntax;

/// <summary>Parses the text between <c>{{</c> and <c>}}</c> into a <see cref="Tag"/>.</summary>
internal sealed class TagParser
{
    private static readonly HashSet<string> Keywords = ["for", "in", "if", "else", "end", "not", "and", "or", "true", "false"];

    private readonly List<Token> _tokens;
    private readonly string _text;
    private int _position;

    private TagParser(string text)
    {
        _text = text;
        _tokens = TagLexer.Tokenize(text);
    }

    /// <summary>Parses a tag; throws <see cref="TagSyntaxException"/> with a plain explanation when it does not parse.</summary>
    public static Tag Parse(string inner)
    {
        var parser = new TagParser(inner);
        return parser.ParseTag();
    }

    private Tag ParseTag()
    {
        var text = "{{ " + _text.Trim() + " }}";
        if (Peek.Kind == TokenKind.End) throw Error("empty tag");
        if (IsKeyword("for"))
        {
            _position++;
            var variable = ExpectIdentifier("a loop variable after \"for\"");
            if (!IsKeyword("in")) throw Error("expected \"in\" after the loop variable");
            _position++;
            var source = ParsePath();
            var minimum = 0;
            if (Peek.Kind == TokenKind.Identifier && Peek.Text == "min")
            {
                _position++;
                ExpectSymbol(":");
                var count = Next();
                if (count.Kind != TokenKind.Number || count.Value is not double d || d < 0 || d > 1000 || d != Math.Floor(d))
                    throw Error("\"min:\" needs a whole number from 0 to 1000");
                minimum = (int)d;
            }
            ExpectEnd();
            return new ForTag(text, variable, source, minimum);
        }
        if (IsKeyword("if"))
        {
            _position++;
            var condition = ParseOr();
            ExpectEnd();
            return new IfTag(text, condition);
        }
        if (IsKeyword("else"))
        {
            _position++;
            ExpectEnd();
            return new ElseTag(text);
        }
        if (IsKeyword("end"))
        {
            _position++;
            ExpectEnd();
            return new EndTag(text);
        }

        var value = ParsePrimary();
        var filters = new List<FilterCall>();
        while (IsSymbol("|"))
        {
            _position++;
            var name = ExpectIdentifier("a filter name after \"|\"");
            var arguments = new List<object>();
            while (Peek.Kind is TokenKind.String or TokenKind.Number || IsKeyword("true") || IsKeyword("false"))
            {
                var token = Next();
                arguments.Add(token.Kind == TokenKind.Identifier ? token.Text == "true" : token.Value!);
            }
            filters.Add(new FilterCall(name, arguments));
        }
        ExpectEnd();
        FilterCatalog.Check(filters);
        return new ValueTag(text, value, filters);
    }

    private Expression ParseOr()
    {
        var left = ParseAnd();
        while (IsKeyword("or"))
        {
            _position++;
            left = new LogicalExpression(left, And: false, ParseAnd());
        }
        return left;
    }

    private Expression ParseAnd()
    {
        var left = ParseUnary();
        while (IsKeyword("and"))
        {
            _position++;
            left = new LogicalExpression(left, And: true, ParseUnary());
        }
        return left;
    }

    private Expression ParseUnary()
    {
        if (IsKeyword("not"))
        {
            _position++;
            return new NotExpression(ParseUnary());
        }
        var left = ParsePrimary();
        if (IsSymbol("==") || IsSymbol("!="))
        {
            var equal = Next().Text == "==";
            return new ComparisonExpression(left, equal, ParsePrimary());
        }
        return left;
    }

    private Expression ParsePrimary()
    {
        var token = Peek;
        switch (token.Kind)
        {
            case TokenKind.String:
            case TokenKind.Number:
                _position++;
                return new LiteralExpression(token.Value);
            case TokenKind.Symbol when token.Text == "(":
                _position++;
                var inner = ParseOr();
                ExpectSymbol(")");
                return inner;
            case TokenKind.Identifier when token.Text is "true" or "false":
                _position++;
                return new LiteralExpression(token.Text == "true");
            case TokenKind.Identifier:
                return ParsePath();
            default:
                throw Error(token.Kind == TokenKind.End ? "the tag ends where a value was expected" : $"unexpected \"{token.Text}\"");
        }
    }

    private PathExpression ParsePath()
    {
        var segments = new List<string> { ExpectIdentifier("a field name") };
        while (IsSymbol("."))
        {
            _position++;
            segments.Add(ExpectIdentifier("a field name after \".\""));
        }
        return new PathExpression(segments);
    }

    private string ExpectIdentifier(string what)
    {
        var token = Next();
        if (token.Kind != TokenKind.Identifier || (Keywords.Contains(token.Text) && token.Text is not ("true" or "false")))
            throw Error($"expected {what}" + (token.Kind == TokenKind.End ? "" : $", found \"{token.Text}\""));
        return token.Text;
    }

    private void ExpectSymbol(string symbol)
    {
        var token = Next();
        if (token.Kind != TokenKind.Symbol || token.Text != symbol) throw Error($"expected \"{symbol}\"");
    }

    private void ExpectEnd()
    {
        if (Peek.Kind != TokenKind.End) throw Error($"unexpected \"{Peek.Text}\"");
    }

    private Token Peek => _tokens[_position];

    private Token Next() => _tokens[Math.Min(_position++, _tokens.Count - 1)];

    private bool IsKeyword(string keyword) => Peek.Kind == TokenKind.Identifier && Peek.Text == keyword;

    private bool IsSymbol(string symbol) => Peek.Kind == TokenKind.Symbol && Peek.Text == symbol;

    private static TagSyntaxException Error(string message) => new(DiagnosticCodes.BadTag, message);
}
