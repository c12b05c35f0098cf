using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocGen.Templates.Scripting;

namespace DocGen.Templates.Catalog;

/// <summary>Builds a download name from form.yaml's <c>fileName</c> pattern (<c>{{ company.name }}绿色工厂自评价报告</c>), safe for every file system (<see cref="FileNameRules"/>).</summary>
internal static partial class FileNamePattern
{
    [GeneratedRegex(@"\{\{.*?\}\}")]
    private static partial Regex Tag();

    public static string Build(string pattern, string fallback, JsonElement data, JsonElement constants)
    {
        var context = new ScriptContext(data, constants);
        var name = Tag().Replace(pattern, match =>
        {
            try
            {
                return TagParser.Parse(match.Value) is ValueTag { Output: ValueOutput.Text } value ? context.Text(context.Evaluate(value.Expression)) : "";
            }
            catch (Exception e) when (e is TagSyntaxException or Scriban.Syntax.ScriptRuntimeException)
            {
                return "";
            }
        });
        var clean = Sanitize(name);
        return clean.Length == 0 ? Sanitize(fallback) : clean;
    }

    private static string Sanitize(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (FileNameRules.IsInvisible(c) || char.IsSurrogate(c) || "/\\:*?\"<>|".Contains(c)) continue;
            sb.Append(c);
        }
        var text = sb.ToString().Trim().Trim('.');
        if (text.Length > 120) text = text[..120];
        return FileNameRules.IsReservedDevice(text) ? "_" + text : text;
    }
}
