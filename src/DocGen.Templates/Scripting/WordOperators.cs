using System.Text;
using System.Text.RegularExpressions;

namespace DocGen.Templates.Scripting;

/// <summary>
/// Scriban's parser reads <c>a and b</c>, <c>a or b</c> and <c>not a</c> as a call of <c>a</c> (or <c>not</c>) and leaves
/// the operator to be found when the tag runs, so the syntax tree would not say what the tag compares. Outside string
/// literals these words are written as the operators they mean (<c>&amp;&amp;</c>, <c>||</c>, <c>!</c>), padded to the same
/// length so columns in messages still point into the tag as written.
/// </summary>
internal static partial class WordOperators
{
    [GeneratedRegex(@"(?<![.\w$])(and|or|not)(?![\w:])")]
    private static partial Regex Word();

    public static string Rewrite(string text)
    {
        var result = new StringBuilder(text.Length);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('"' or '\'' or '`')) continue;
            result.Append(Word().Replace(text[start..i], m => m.Value switch { "and" => "&& ", "or" => "||", _ => "!  " }));
            if (i == text.Length) break;
            var quote = text[i];
            var end = i + 1;
            while (end < text.Length && text[end] != quote) end += text[end] == '\\' && quote != '`' ? 2 : 1;
            end = Math.Min(end + 1, text.Length);
            result.Append(text, i, end - i);
            start = end;
            i = end - 1;
        }
        return result.ToString();
    }
}
