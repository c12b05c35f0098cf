using System.Globalization;
using System.Text.Json;
using DocGen.Templates.Diagnostics;
using DocGen.Templates.Engine;
using DocGen.Templates.Rendering;
using DocGen.Templates.Syntax;

namespace DocGen.Templates.Linting;

/// <summary>
/// Checks a compiled template against its schema: every tag reads a field the schema has, loops run over
/// arrays, check-box values are among the field's choices, filters fit the field, and every schema field
/// is used somewhere (else the form would silently drop data).
/// </summary>
public static class TemplateLinter
{
    private static readonly HashSet<string> LoopMembers = ["index", "index0", "first", "last", "count"];

    public static IReadOnlyList<Diagnostic> Lint(DocxTemplate template, JsonElement schema, JsonElement constants)
    {
        var linter = new Walker(new SchemaView(schema), constants);
        foreach (var part in template.CompiledParts) linter.Walk(part.Nodes, new Dictionary<string, (JsonElement Schema, string Path)>());
        linter.ReportUnused();
        return linter.Diagnostics;
    }

    private sealed class Walker(SchemaView view, JsonElement constants)
    {
        private readonly HashSet<string> _used = [];
        /// <summary>Fields a mistyped tag was meant for (its suggestion): not reported again as unused.</summary>
        private readonly HashSet<string> _meant = [];

        public List<Diagnostic> Diagnostics { get; } = [];

        public void Walk(RenderNode[] nodes, Dictionary<string, (JsonElement Schema, string Path)> variables)
        {
            foreach (var node in nodes)
            {
                switch (node)
                {
                    case ValueNode value:
                        var field = Check(value.Tag.Value, value.Tag.Text, value.Location, variables);
                        if (field is { } f) CheckFilters(value, f);
                        break;
                    case ConditionNode condition:
                        Check(condition.Tag.Condition, condition.Tag.Text, condition.Location, variables);
                        Walk(condition.Then, variables);
                        Walk(condition.Otherwise, variables);
                        break;
                    case LoopNode loop:
                        var source = Check(loop.Tag.Source, loop.Tag.Text, loop.Location, variables);
                        var inner = new Dictionary<string, (JsonElement, string)>(variables);
                        if (source is { } s)
                        {
                            if (!view.Types(s.Schema).Contains("array"))
                                Add(DiagnosticCodes.LoopOverNonArray, loop.Location, loop.Tag.Text, $"\"{loop.Tag.Source}\" is not an array in the schema");
                            else if (view.Items(s.Schema) is { } items)
                                inner[loop.Tag.Variable] = (items, s.Path + "[]");
                        }
                        Walk(loop.Body, inner);
                        break;
                    case CellGuardNode guard:
                        Walk(guard.Body, variables);
                        break;
                }
            }
        }

        private (JsonElement Schema, string Path)? Check(Expression expression, string tag, string location, Dictionary<string, (JsonElement Schema, string Path)> variables)
        {
            switch (expression)
            {
                case PathExpression path:
                    return Resolve(path, tag, location, variables);
                case ComparisonExpression c:
                    var left = Check(c.Left, tag, location, variables);
                    Check(c.Right, tag, location, variables);
                    if (left is { } l && c.Right is LiteralExpression { Value: string literal }) CheckChoice(l.Schema, literal, tag, location);
                    return null;
                case NotExpression n:
                    Check(n.Operand, tag, location, variables);
                    return null;
                case LogicalExpression g:
                    Check(g.Left, tag, location, variables);
                    Check(g.Right, tag, location, variables);
                    return null;
                default:
                    return null;
            }
        }

        private (JsonElement Schema, string Path)? Resolve(PathExpression path, string tag, string location, Dictionary<string, (JsonElement Schema, string Path)> variables)
        {
            var segments = path.Segments;
            var head = segments[0];
            JsonElement current;
            string walked;
            var start = 1;
            if (variables.TryGetValue(head, out var bound))
            {
                (current, walked) = bound;
            }
            else if (head == "loop" && variables.Count > 0)
            {
                if (segments.Count != 2 || !LoopMembers.Contains(segments[1]))
                    Add(DiagnosticCodes.UnknownField, location, tag, $"\"{path}\" is not a loop property (use {string.Join(", ", LoopMembers.Select(m => "loop." + m))})");
                return null;
            }
            else if (head == "form")
            {
                var node = constants;
                foreach (var segment in segments.Skip(1))
                {
                    if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(segment, out node))
                    {
                        Add(DiagnosticCodes.UnknownField, location, tag, $"\"{path}\" is not a constant of this version (form.yaml constants)");
                        return null;
                    }
                }
                return null;
            }
            else
            {
                (current, walked, start) = (view.Root, "", 0);
            }

            for (var i = start; i < segments.Count; i++)
            {
                if (view.AllowsAnyProperty(current)) return null;
                var next = view.Property(current, segments[i]);
                if (next is null)
                {
                    var known = view.Properties(current).Select(p => p.Name).ToList();
                    var suggestion = Nearest(segments[i], known);
                    var where = walked.Length == 0 ? "the schema" : $"\"{walked}\"";
                    Add(DiagnosticCodes.UnknownField, location, tag,
                        $"{where} has no field \"{segments[i]}\"" + (suggestion is null ? "" : $"; did you mean \"{suggestion}\"?"));
                    // The typo is the one problem: the field it was meant for is not reported again as unused.
                    if (suggestion is not null) _meant.Add(walked.Length == 0 ? suggestion : walked + "." + suggestion);
                    return null;
                }
                current = next.Value;
                walked = walked.Length == 0 ? segments[i] : walked + "." + segments[i];
                _used.Add(walked);
            }
            return (current, walked);
        }

        private void CheckFilters(ValueNode value, (JsonElement Schema, string Path) field)
        {
            foreach (var filter in value.Tag.Filters)
            {
                if (filter.Name == "check" && filter.Arguments.Count == 1)
                    CheckChoice(field.Schema, Convert.ToString(filter.Arguments[0], CultureInfo.InvariantCulture)!, value.Tag.Text, value.Location);
                if (filter.Name == "image" && view.Format(field.Schema) != "image")
                    Add(DiagnosticCodes.FilterTypeMismatch, value.Location, value.Tag.Text, $"\"image\" needs a field with format \"image\"; \"{field.Path}\" has none");
                if (filter.Name == "check" && filter.Arguments.Count == 0 && !view.Types(field.Schema).Contains("boolean"))
                    Add(DiagnosticCodes.FilterTypeMismatch, value.Location, value.Tag.Text, $"\"check\" without a value needs a boolean field; \"{field.Path}\" is not one");
            }
        }

        private void CheckChoice(JsonElement schema, string choice, string tag, string location)
        {
            var choices = view.Enum(schema);
            if (choices is not null && !choices.Contains(choice))
                Add(DiagnosticCodes.CheckValueOutsideEnum, location, tag, $"\"{choice}\" is not one of the field's choices ({string.Join("、", choices)})");
        }

        public void ReportUnused()
        {
            foreach (var (path, _) in Leaves(view.Root, "", 0))
            {
                if (!_used.Contains(path) && !_meant.Any(m => path == m || path.StartsWith(m + ".", StringComparison.Ordinal)))
                    Diagnostics.Add(new Diagnostic(DiagnosticCodes.UnusedField, DiagnosticSeverity.Warning, "schema.json", $"the field \"{path}\" is not used by any tag: its data would not appear in the document"));
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

        private void Add(string code, string location, string tag, string message) =>
            Diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, location, message, tag));
    }

    private static string? Nearest(string name, IReadOnlyList<string> candidates) =>
        candidates.Select(c => (Name: c, Distance: Levenshtein(name.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(2, name.Length / 3))
            .OrderBy(c => c.Distance).Select(c => c.Name).FirstOrDefault();

    internal static int Levenshtein(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
