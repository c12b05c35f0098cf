using System.Globalization;
using System.Text.Json;
using DocGen.Templates.Diagnostics;
using DocGen.Templates.Engine;
using DocGen.Templates.Rendering;
using DocGen.Templates.Scripting;
using Scriban.Syntax;

namespace DocGen.Templates.Linting;

/// <summary>
/// Checks a compiled template against its schema by walking the Scriban syntax tree of every tag: every path
/// reads a field the schema has, loops run over arrays, check-box and comparison values are among the field's
/// choices, functions fit the field, and every schema field is used somewhere (else the form would silently drop data).
/// </summary>
public static class TemplateLinter
{
    // Scriban's "this" (the root scope), spelt so no field can be named like it.
    private const string ThisName = "\0this";

    private static readonly HashSet<string> LoopMembers = [.. LoopState.Members];

    /// <summary>The schema that accepts any data: with it only the tags' constants and loop properties are checked.</summary>
    public static JsonElement AnyData { get; } = JsonDocument.Parse("""{"type":"object"}""").RootElement.Clone();

    /// <param name="constants">The version's constants; null when the template is checked against no version, so every
    /// constant it reads renders empty (said once per constant).</param>
    public static IReadOnlyList<Diagnostic> Lint(DocxTemplate template, JsonElement schema, JsonElement? constants)
    {
        var linter = new Walker(new SchemaView(schema), constants);
        foreach (var part in template.CompiledParts) linter.Walk(part.Nodes, new Dictionary<string, Field?>(), loops: 0);
        linter.ReportUnused();
        return linter.Diagnostics;
    }

    /// <summary>A schema field a path reaches, and the path itself (<c>projects[].name</c>).</summary>
    private sealed record Field(JsonElement Schema, string Path);

    /// <summary>Where the walker is: the tag being checked, the loop variables in scope and how deep in loops.</summary>
    private sealed record Site(string Location, string Tag, Dictionary<string, Field?> Variables, int Loops);

    private sealed class Walker(SchemaView view, JsonElement? constants)
    {
        private readonly HashSet<string> _used = [];
        /// <summary>Constants already said to be empty (no version to take them from).</summary>
        private readonly HashSet<string> _unsetConstants = [];
        /// <summary>Fields a mistyped tag was meant for (its suggestion): not reported again as unused.</summary>
        private readonly HashSet<string> _meant = [];

        public List<Diagnostic> Diagnostics { get; } = [];

        public void Walk(RenderNode[] nodes, Dictionary<string, Field?> variables, int loops)
        {
            foreach (var node in nodes)
            {
                switch (node)
                {
                    case ValueNode value:
                        Expression(value.Tag.Expression, new Site(value.Location, value.Tag.Text, variables, loops));
                        break;
                    case ConditionNode condition:
                        foreach (var branch in condition.Branches)
                        {
                            if (branch.Condition is not null) Expression(branch.Condition, new Site(condition.Location, branch.Text, variables, loops));
                            Walk(branch.Body, variables, loops);
                        }
                        break;
                    case CaseNode choice:
                        var subject = Expression(choice.Tag.Value, new Site(choice.Location, choice.Tag.Text, variables, loops));
                        foreach (var branch in choice.Branches)
                        {
                            foreach (var when in branch.When?.Values ?? [])
                            {
                                var site = new Site(choice.Location, branch.When!.Text, variables, loops);
                                Expression(when, site);
                                if (subject is not null && when is ScriptLiteral { Value: string literal }) CheckChoice(subject.Schema, literal, site);
                            }
                            Walk(branch.Body, variables, loops);
                        }
                        break;
                    case LoopNode loop:
                        var head = new Site(loop.Location, loop.Tag.Text, variables, loops);
                        var source = Expression(loop.Tag.Source, head);
                        if (loop.Tag.Options.Offset is { } offset) Expression(offset, head);
                        if (loop.Tag.Options.Limit is { } limit) Expression(limit, head);
                        var inner = new Dictionary<string, Field?>(variables) { [loop.Tag.Variable] = null };
                        if (source is not null)
                        {
                            if (!view.Types(source.Schema).Contains("array"))
                            {
                                Add(DiagnosticCatalog.LoopOverNonArray, head, $"\"{loop.Tag.Source}\" is not an array in the schema",
                                    $"「{loop.Tag.Source}」在数据结构中不是数组，不能用 for 循环");
                            }
                            else if (view.Items(source.Schema) is { } items)
                            {
                                inner[loop.Tag.Variable] = new Field(items, source.Path + "[]");
                            }
                        }
                        Walk(loop.Body, inner, loops + 1);
                        break;
                    case CellGuardNode guard:
                        Walk(guard.Body, variables, loops);
                        break;
                }
            }
        }

        /// <summary>Checks every path in an expression; returns the field the expression is, when it is a plain path.</summary>
        private Field? Expression(ScriptNode? node, Site site)
        {
            switch (node)
            {
                case null or ScriptLiteral:
                    return null;
                case ScriptVariableGlobal or ScriptMemberExpression or ScriptIndexerExpression or ScriptThisExpression:
                    var segments = new List<string>();
                    if (Flatten(node, segments, site)) return Resolve(segments, site);
                    break;
                case ScriptPipeCall pipe:
                    var value = Expression(pipe.From, site);
                    var first = true;
                    foreach (var stage in Stages(pipe.To))
                    {
                        if (stage is ScriptFunctionCall call)
                        {
                            foreach (var argument in call.Arguments) Expression(argument, site);
                            if (first && value is not null && call.Target is ScriptLiteral { Value: DocGenFunction function }) Applied(function, value, call.Arguments, site);
                        }
                        else
                        {
                            Expression(stage, site);
                        }
                        first = false;
                    }
                    return null;
                case ScriptFunctionCall call:
                    var fields = call.Arguments.Select(a => Expression(a, site)).ToList();
                    if (call.Target is ScriptLiteral { Value: DocGenFunction direct } && fields.Count > 0 && fields[0] is { } field)
                        Applied(direct, field, call.Arguments.Skip(1).ToList(), site);
                    return null;
                case ScriptBinaryExpression { Operator: ScriptBinaryOperator.CompareEqual or ScriptBinaryOperator.CompareNotEqual } comparison:
                    var left = Expression(comparison.Left, site);
                    var right = Expression(comparison.Right, site);
                    if (left is not null && comparison.Right is ScriptLiteral { Value: string r }) CheckChoice(left.Schema, r, site);
                    if (right is not null && comparison.Left is ScriptLiteral { Value: string l }) CheckChoice(right.Schema, l, site);
                    return null;
            }
            foreach (var child in node.Children) Expression(child, site);
            return null;
        }

        private static IEnumerable<ScriptExpression?> Stages(ScriptExpression? to) =>
            to is ScriptPipeCall inner ? Stages(inner.From).Concat(Stages(inner.To)) : [to];

        /// <summary>A path as names (<c>projects</c>, <c>[]</c>, <c>name</c>); false when it is not a plain path (a call, a computed target).</summary>
        private bool Flatten(ScriptNode? node, List<string> segments, Site site)
        {
            switch (node)
            {
                case ScriptVariableGlobal variable:
                    segments.Add(variable.Name);
                    return true;
                case ScriptThisExpression:
                    segments.Add(ThisName);
                    return true;
                case ScriptMemberExpression member:
                    if (member.Member is null || !Flatten(member.Target, segments, site)) return false;
                    segments.Add(member.Member.Name);
                    return true;
                case ScriptIndexerExpression indexer:
                    if (!Flatten(indexer.Target, segments, site)) return false;
                    if (indexer.Index is ScriptLiteral { Value: string name })
                    {
                        segments.Add(name);
                    }
                    else
                    {
                        Expression(indexer.Index, site);
                        segments.Add("[]");
                    }
                    return true;
                default:
                    return false;
            }
        }

        private void Applied(DocGenFunction function, Field field, IReadOnlyList<ScriptExpression> arguments, Site site)
        {
            if (function is CheckFunction && arguments.Count == 1 && arguments[0] is ScriptLiteral { Value: { } choice })
                CheckChoice(field.Schema, Convert.ToString(choice, CultureInfo.InvariantCulture)!, site);
            if (function is CheckFunction && arguments.Count == 0 && !view.Types(field.Schema).Contains("boolean"))
            {
                Add(DiagnosticCatalog.FilterTypeMismatch, site, $"\"check\" without a value needs a boolean field; \"{field.Path}\" is not one",
                    $"不带勾选值的「check」只能用于是/否字段，「{field.Path}」不是");
            }

            if (function is ImageFunction && view.Format(field.Schema) != "image")
            {
                Add(DiagnosticCatalog.FilterTypeMismatch, site, $"\"image\" needs a field with format \"image\"; \"{field.Path}\" has none",
                    $"「image」只能用于图片字段（format 为 image），「{field.Path}」不是");
            }
        }

        private Field? Resolve(List<string> segments, Site site)
        {
            var head = segments[0];
            var shown = string.Join('.', segments).Replace(".[]", "[]").Replace(ThisName, "this");
            JsonElement current;
            string walked;
            var start = 1;
            Field? item = null;
            if (head == ThisName)
            {
                (current, walked) = (view.Root, "");
            }
            else if (site.Variables.TryGetValue(head, out var bound))
            {
                if (bound is null) return null;
                (current, walked, item) = (bound.Schema, bound.Path, bound);
            }
            else if (head == "for" && site.Loops > 0)
            {
                if (segments.Count != 2 || !LoopMembers.Contains(segments[1]))
                {
                    Add(DiagnosticCatalog.UnknownField, site, $"\"{shown}\" is not a loop property (use {string.Join(", ", LoopMembers.Select(m => "for." + m))})",
                        $"循环没有「{shown}」这一属性（可用：{string.Join("、", LoopMembers.Select(m => "for." + m))}）");
                }

                return null;
            }
            else if (head == "form")
            {
                if (constants is not { } node)
                {
                    var constant = string.Join('.', segments.TakeWhile(s => s != "[]"));
                    if (_unsetConstants.Add(constant))
                    {
                        Add(DiagnosticCatalog.UnsetConstant, site, $"\"{constant}\" is a constant of a catalog version (form.yaml constants); checked against none, it renders empty",
                            $"「{constant}」是目录表单的常量（form.yaml 的 constants），未对照目录表单时为空，预览与目录的空白表单可能不同");
                    }
                    return null;
                }
                foreach (var segment in segments.Skip(1))
                {
                    if (segment == "[]") return null;
                    if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(segment, out node))
                    {
                        Add(DiagnosticCatalog.UnknownField, site, $"\"{shown}\" is not a constant of this version (form.yaml constants)",
                            $"「{shown}」不是这个版本的常量（见 form.yaml 的 constants）");
                        return null;
                    }
                }
                return null;
            }
            else if (view.Property(view.Root, head) is null && ScriptBuiltins.ObjectNames.Contains(head))
            {
                return null; // Scriban's builtin objects: date.now, string.empty…
            }
            else if (view.Property(view.Root, head) is null && !view.AllowsAnyProperty(view.Root) && NearestName.Of(head, site.Variables.Keys) is { } variable)
            {
                var meant = string.Join('.', segments.Skip(1).Prepend(variable)).Replace(".[]", "[]");
                Add(DiagnosticCatalog.UnknownField, site, $"\"{head}\" is neither a field nor a loop variable; did you mean the loop variable \"{variable}\" (\"{meant}\")?",
                    $"「{head}」既不是字段也不是循环变量，是否想写循环变量「{variable}」（「{meant}」）？");
                // The typo is the one problem: the field the loop variable leads to is not reported again as unused.
                if (site.Variables[variable] is { } meantField) _meant.Add(string.Join('.', segments.Skip(1).Prepend(meantField.Path)).Replace(".[]", "[]"));
                return null;
            }
            else
            {
                (current, walked, start) = (view.Root, "", 0);
            }

            for (var i = start; i < segments.Count; i++)
            {
                if (segments[i] == "[]")
                {
                    if (!view.Types(current).Contains("array") || view.Items(current) is not { } items) return null;
                    current = items;
                    walked += "[]";
                    continue;
                }
                if (view.AllowsAnyProperty(current)) return null;
                var next = view.Property(current, segments[i]);
                if (next is null)
                {
                    var known = view.Properties(current).Select(p => p.Name).ToList();
                    var suggestion = NearestName.Of(segments[i], known);
                    var where = walked.Length == 0 ? "the schema" : $"\"{walked}\"";
                    // Officials read the loop variable they wrote (「p」), not the schema's path to its items (「projects[]」).
                    var whereZh = walked.Length == 0 ? "数据结构"
                        : item is not null ? $"「{string.Join('.', segments.Take(i))}」（{head} 是「{item.Path.TrimEnd('[', ']')}」中的一项）"
                        : $"「{walked}」";
                    Add(DiagnosticCatalog.UnknownField, site,
                        $"{where} has no field \"{segments[i]}\"" + (suggestion is null ? "" : $"; did you mean \"{suggestion}\"?"),
                        $"{whereZh}没有字段「{segments[i]}」" + (suggestion is null ? "" : $"，是否想写「{suggestion}」？"));
                    // The typo is the one problem: the field it was meant for is not reported again as unused.
                    if (suggestion is not null) _meant.Add(walked.Length == 0 ? suggestion : walked + "." + suggestion);
                    return null;
                }
                current = next.Value;
                walked = walked.Length == 0 ? segments[i] : walked + "." + segments[i];
                _used.Add(walked);
            }
            return new Field(current, walked);
        }

        private void CheckChoice(JsonElement schema, string choice, Site site)
        {
            var choices = view.Enum(schema);
            if (choices is not null && !choices.Contains(choice))
            {
                Add(DiagnosticCatalog.CheckValueOutsideEnum, site, $"\"{choice}\" is not one of the field's choices ({string.Join("、", choices)})",
                    $"「{choice}」不是该字段的选项（可选：{string.Join("、", choices)}）");
            }
        }

        public void ReportUnused()
        {
            foreach (var (path, _) in Leaves(view.Root, "", 0))
            {
                if (!_used.Contains(path) && !_meant.Any(m => path == m || path.StartsWith(m + ".", StringComparison.Ordinal)))
                {
                    Diagnostics.Add(DiagnosticCatalog.UnusedField.Create("schema.json", $"the field \"{path}\" is not used by any tag: its data would not appear in the document",
                        messageZh: $"字段「{path}」没有被任何标签使用，填写的数据不会出现在文档中"));
                }
            }
        }

        private IEnumerable<(string Path, JsonElement Schema)> Leaves(JsonElement schema, string prefix, int depth)
        {
            if (depth > 16) yield break;
            foreach (var (name, sub) in view.Properties(schema))
            {
                var path = prefix.Length == 0 ? name : prefix + "." + name;
                var resolved = view.Resolve(sub);
                var types = view.Types(resolved);
                if (types.Contains("object") && view.Properties(resolved).Any())
                {
                    foreach (var leaf in Leaves(resolved, path, depth + 1)) yield return leaf;
                }
                else if (types.Contains("array") && view.Items(resolved) is { } items && view.Properties(items).Any() && _used.Contains(path))
                {
                    foreach (var leaf in Leaves(items, path + "[]", depth + 1)) yield return leaf;
                }
                else
                {
                    yield return (path, resolved);
                }
            }
        }

        private void Add(DiagnosticKind kind, Site site, string message, string messageZh) =>
            Diagnostics.Add(kind.Create(site.Location, message, site.Tag, messageZh));
    }
}
