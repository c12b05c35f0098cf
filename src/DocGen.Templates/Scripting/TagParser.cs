using System.Text.RegularExpressions;
using DocGen.Templates.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace DocGen.Templates.Scripting;

/// <summary>
/// Parses the text of one <c>{{ … }}</c> tag with Scriban's parser, once, when the template is compiled. A block
/// tag (<c>for</c>, <c>if</c>, <c>else if</c>, <c>else</c>, <c>case</c>, <c>when</c>, <c>end</c>) is parsed inside a
/// minimal completion (<c>{{ for … }}{{ end }}</c>) because its body is the document between the tags, which
/// DocGen structures itself. Every other tag is one Scriban expression, checked by <see cref="ExpressionChecker"/>.
/// </summary>
internal static partial class TagParser
{
    private static readonly ParserOptions Parsing = new() { ParseFloatAsDecimal = true, ExpressionDepthLimit = 64 };

    private const string IfPrefix = "{{ if true }}";
    private const string CasePrefix = "{{ case null }}";

    private static readonly HashSet<string> Unsupported =
        ["while", "tablerow", "capture", "func", "break", "continue", "ret", "with", "wrap", "import", "readonly", "include"];

    [GeneratedRegex(@"^\s*([A-Za-z_]+)(?:\s+(.*))?$", RegexOptions.Singleline)]
    private static partial Regex Keyword();

    /// <summary>Parses a tag (its whole text, braces included); throws <see cref="TagSyntaxException"/> with a plain explanation and the column inside the tag.</summary>
    public static Tag Parse(string text)
    {
        // Word's autocorrect turns typed straight quotes into typographic ones.
        var source = WordOperators.Rewrite(text.Replace('“', '"').Replace('”', '"').Replace('‘', '\'').Replace('’', '\''));
        var inner = source[2..^2];
        var display = "{{ " + text[2..^2].Trim() + " }}";
        var head = Keyword().Match(inner);
        var keyword = head.Success ? head.Groups[1].Value : "";
        var rest = head.Success ? head.Groups[2].Value.Trim() : "";
        if (inner.Trim().Length == 0) throw new TagSyntaxException(DiagnosticCatalog.BadTag, "empty tag", "空标签：{{ }} 之间什么也没写");
        if (Unsupported.Contains(keyword))
        {
            throw new TagSyntaxException(DiagnosticCatalog.BadTag, $"\"{keyword}\" is not available in templates: a tag holds an expression, or for/if/else/case/when/end",
                $"模板中不能使用「{keyword}」：标签里只能写表达式，或 for/if/else/case/when/end");
        }

        switch (keyword)
        {
            case "end":
                if (rest.Length > 0) throw Error(1 + inner.IndexOf(rest, StringComparison.Ordinal), $"unexpected \"{rest}\" after \"end\"");
                return new EndTag(display);
            case "else" when rest.Length == 0:
                return new ElseTag(display);
            case "else":
                var elseIf = Block<ScriptIfStatement>(IfPrefix, source, "{{ end }}").Else as ScriptIfStatement;
                if (elseIf is null) throw Error(3, "\"else\" stands alone or is followed by \"if\" and a condition");
                return new ElseIfTag(display, Checked(elseIf.Condition, IfPrefix.Length));
            case "for":
                var loop = Block<ScriptForStatement>("", source, "{{ end }}");
                if (loop.Variable is not ScriptVariableGlobal variable) throw Error(3, "a loop variable is a plain name (for p in projects)");
                return new ForTag(display, variable.Name, Checked(loop.Iterator), Options(loop));
            case "if":
                return new IfTag(display, Checked(Block<ScriptIfStatement>("", source, "{{ end }}").Condition));
            case "case":
                return new CaseTag(display, Checked(Block<ScriptCaseStatement>("", source, "{{ end }}").Value));
            case "when":
                var when = Block<ScriptCaseStatement>(CasePrefix, source, "{{ end }}").Body?.Statements.OfType<ScriptWhenStatement>().SingleOrDefault()
                    ?? throw Error(3, "\"when\" needs the values it matches");
                return new WhenTag(display, when.Values.Select(v => Checked(v, CasePrefix.Length)).ToList());
        }
        var statements = Statements(ParsePage("", source));
        if (statements.Count != 1 || statements[0] is not ScriptExpressionStatement { Expression: { } expression })
            throw Error(statements.Count > 1 ? statements[1].Span.Start.Column + 1 : 3, "a tag holds one expression (or for/if/else/case/when/end)");
        return new ValueTag(display, expression, ExpressionChecker.Check(expression, allowOutput: true));
    }

    private static ScriptExpression Checked(ScriptExpression? expression, int columnShift = 0)
    {
        if (expression is null) throw Error(3, "an expression is missing");
        ExpressionChecker.Check(expression, allowOutput: false, columnShift);
        return expression;
    }

    private static T Block<T>(string prefix, string source, string suffix) where T : ScriptStatement
    {
        var statements = Statements(ParsePage(prefix, source + suffix));
        if (statements.Count != 1 || statements[0] is not T block)
            throw Error(3, "a block tag holds its keyword and expression only");
        var body = Statements(block switch
        {
            ScriptForStatement f => f.Body,
            ScriptIfStatement { Else: ScriptIfStatement elseIf } => elseIf.Then,
            ScriptIfStatement i => i.Then,
            ScriptCaseStatement c => c.Body?.Statements.OfType<ScriptWhenStatement>().FirstOrDefault()?.Body ?? c.Body,
            _ => null,
        });
        if (body.FirstOrDefault(s => s is not (ScriptEndStatement or ScriptWhenStatement)) is { } extra)
            throw Error(extra.Span.Start.Column - prefix.Length + 1, "a block tag holds its keyword and expression only; what it governs is the document up to its \"end\"");
        return block;
    }

    private static ScriptPage ParsePage(string prefix, string source)
    {
        var template = Template.Parse(prefix + source, null, Parsing);
        if (template.HasErrors)
        {
            var error = template.Messages.First(m => m.Type == ParserMessageType.Error);
            var column = Math.Clamp(error.Span.Start.Column - prefix.Length + 1, 1, source.Length);
            throw Error(column, error.Message);
        }
        return template.Page!;
    }

    private static List<ScriptStatement> Statements(ScriptPage page) => Statements(page.Body);

    private static List<ScriptStatement> Statements(ScriptBlockStatement? block) =>
        block is null ? [] : block.Statements.Where(s => s is not ScriptEscapeStatement).ToList();

    private static LoopOptions Options(ScriptForStatement loop)
    {
        if (loop.NamedArguments is not { Count: > 0 } arguments) return LoopOptions.None;
        var options = LoopOptions.None;
        foreach (var argument in arguments)
        {
            var column = argument.Span.Start.Column + 1;
            switch (argument.Name?.Name)
            {
                case "min" when argument.Value is ScriptLiteral { Value: int minimum } && minimum is >= 0 and <= LoopOptions.MaxMinimum:
                    options = options with { Minimum = minimum };
                    break;
                case "min":
                    throw Error(column, $"\"min:\" needs a whole number from 0 to {LoopOptions.MaxMinimum}");
                case "offset" when argument.Value is not null:
                    options = options with { Offset = Checked(argument.Value) };
                    break;
                case "limit" when argument.Value is not null:
                    options = options with { Limit = Checked(argument.Value) };
                    break;
                case "reversed" when argument.Value is null:
                    options = options with { Reversed = true };
                    break;
                default:
                    throw Error(column, $"unknown loop option \"{argument.Name}\" (use min:3, offset:1, limit:5, reversed)");
            }
        }
        return options;
    }

    private static TagSyntaxException Error(int column, string message) =>
        new(DiagnosticCatalog.BadTag, $"column {column}: {message}", $"标签第 {column} 个字符处无法识别");
}
