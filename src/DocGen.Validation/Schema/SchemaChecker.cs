using System.Text.Json;
using System.Text.RegularExpressions;
using DocGen.Validation.Formats;

namespace DocGen.Validation.Schema;

/// <summary>
/// Checks a schema document before it is used, so that a typo in a template's schema shows up when the
/// template is loaded and not as a strange message to an applicant.
/// </summary>
internal sealed class SchemaChecker(JsonElement root)
{
    private readonly List<string> _problems = [];
    private readonly Dictionary<string, Regex> _patterns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement> _references = new(StringComparer.Ordinal);
    private readonly PointerResolver _resolver = new(root);

    // Edges between schemas that apply to the same data value ($ref, allOf, if/then/else): a cycle of them
    // would never reach the data and never end.
    private readonly Dictionary<string, List<string>> _sameValueEdges = new(StringComparer.Ordinal);

    /// <summary>How many same-value hops validation follows (<see cref="Walking.DataValidator"/>); a longer chain could never validate.</summary>
    public const int MaxReferenceChain = 64;

    public IReadOnlyList<string> Check()
    {
        if (root.ValueKind is not (JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False))
        {
            Problem("", "the schema must be a JSON object");
            return _problems;
        }

        CheckSchema(root, "");
        FindReferenceCycles();
        return _problems;
    }

    public SchemaIndex BuildIndex() => new(root, _patterns, _references);

    private void CheckSchema(JsonElement schema, string at)
    {
        if (schema.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            Problem(at, "a schema must be an object (or true/false)");
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            CheckKeyword(schema, keyword.Name, keyword.Value, JsonPointer.Append(at, keyword.Name), at);
        }

        CheckConsistency(schema, at);
    }

    private void CheckKeyword(JsonElement schema, string name, JsonElement value, string at, string schemaAt)
    {
        switch (name)
        {
            case "type":
                CheckType(value, at);
                break;
            case "title" or "description" or "$comment" or "$schema" or "$id" or "x-patternMessage" or "x-unit":
                ExpectKind(value, JsonValueKind.String, at, "must be a string");
                break;
            case "properties" or "$defs" or "definitions":
                if (ExpectKind(value, JsonValueKind.Object, at, "must be an object of schemas"))
                {
                    foreach (var property in value.EnumerateObject())
                    {
                        CheckSchema(property.Value, JsonPointer.Append(at, property.Name));
                    }
                }

                break;
            case "additionalProperties" or "contains":
                CheckSchema(value, at);
                break;
            case "items":
                if (value.ValueKind == JsonValueKind.Array)
                {
                    Problem(at, "must be a single schema (the list form is not supported)");
                }
                else
                {
                    CheckSchema(value, at);
                }

                break;
            case "if" or "then" or "else":
                Edge(schemaAt, at);
                CheckSchema(value, at);
                break;
            case "allOf":
                if (ExpectKind(value, JsonValueKind.Array, at, "must be a list of schemas") && value.GetArrayLength() == 0)
                {
                    Problem(at, "must not be empty");
                }

                if (value.ValueKind == JsonValueKind.Array)
                {
                    var index = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        var itemAt = JsonPointer.Append(at, index++);
                        Edge(schemaAt, itemAt);
                        CheckSchema(item, itemAt);
                    }
                }

                break;
            case "required":
                CheckNameList(value, at);
                break;
            case "dependentRequired":
                if (ExpectKind(value, JsonValueKind.Object, at, "must be an object of name lists"))
                {
                    foreach (var property in value.EnumerateObject())
                    {
                        CheckNameList(property.Value, JsonPointer.Append(at, property.Name));
                    }
                }

                break;
            case "minItems" or "maxItems" or "minLength" or "maxLength":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var count) || count < 0)
                {
                    Problem(at, "must be a non-negative integer");
                }

                break;
            case "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum":
                ExpectKind(value, JsonValueKind.Number, at, "must be a number");
                break;
            case "uniqueItems" or "readOnly" or "writeOnly" or "deprecated":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    Problem(at, "must be true or false");
                }

                break;
            case "enum":
                if (ExpectKind(value, JsonValueKind.Array, at, "must be a list of values") && value.GetArrayLength() == 0)
                {
                    Problem(at, "must not be empty");
                }

                break;
            case "pattern":
                CheckPattern(value, at);
                break;
            case "format":
                if (ExpectKind(value, JsonValueKind.String, at, "must be a string") && !FormatChecker.Known.Contains(value.GetString()!))
                {
                    Problem(at, $"unknown format \"{value.GetString()}\" (known: {string.Join(", ", FormatChecker.Known)})");
                }

                break;
            case "$ref":
                CheckReference(value, at, schemaAt);
                break;
            case "const" or "default" or "examples":
                break;
            default:
                if (SchemaKeywords.Unsupported.Contains(name))
                {
                    Problem(at, $"keyword \"{name}\" is not supported by the validator");
                }
                else if (SchemaKeywords.Supported.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)) is { } meant)
                {
                    Problem(at, $"unknown keyword \"{name}\" (did you mean \"{meant}\"?)");
                }

                // Anything else is an annotation (x-…, documentation for other tools) and has no effect here.
                break;
        }
    }

    private void CheckConsistency(JsonElement schema, string at)
    {
        if (!schema.TryGetProperty("if", out _))
        {
            foreach (var branch in (ReadOnlySpan<string>)["then", "else"])
            {
                if (schema.TryGetProperty(branch, out _))
                {
                    Problem(JsonPointer.Append(at, branch), $"\"{branch}\" without \"if\" has no effect");
                }
            }
        }

        CheckRange(schema, at, "minLength", "maxLength");
        CheckRange(schema, at, "minItems", "maxItems");
        CheckRange(schema, at, "minimum", "maximum");

        // With additionalProperties false a required name that is not a declared property can never be satisfied.
        if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False &&
            schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            var declared = schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
                ? properties
                : default;
            var index = 0;
            foreach (var name in required.EnumerateArray())
            {
                if (name.ValueKind == JsonValueKind.String &&
                    (declared.ValueKind != JsonValueKind.Object || !declared.TryGetProperty(name.GetString()!, out _)))
                {
                    Problem(JsonPointer.Append(JsonPointer.Append(at, "required"), index), $"\"{name.GetString()}\" is required but not among the properties, and additionalProperties is false");
                }

                index++;
            }
        }
    }

    private void CheckRange(JsonElement schema, string at, string lower, string upper)
    {
        if (schema.TryGetProperty(lower, out var low) && low.ValueKind == JsonValueKind.Number &&
            schema.TryGetProperty(upper, out var high) && high.ValueKind == JsonValueKind.Number &&
            Walking.JsonValues.Compare(low, high) > 0)
        {
            Problem(JsonPointer.Append(at, lower), $"is greater than {upper} ({low.GetRawText()} > {high.GetRawText()})");
        }
    }

    private void CheckType(JsonElement value, string at)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            CheckTypeName(value.GetString()!, at);
            return;
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            Problem(at, "must be a type name or a non-empty list of type names");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemAt = JsonPointer.Append(at, index++);
            if (item.ValueKind != JsonValueKind.String)
            {
                Problem(itemAt, "must be a type name");
            }
            else if (!seen.Add(item.GetString()!))
            {
                Problem(itemAt, $"type \"{item.GetString()}\" is listed twice");
            }
            else
            {
                CheckTypeName(item.GetString()!, itemAt);
            }
        }
    }

    private void CheckTypeName(string name, string at)
    {
        if (!SchemaKeywords.TypeNames.Contains(name))
        {
            Problem(at, $"unknown type \"{name}\" (known: {string.Join(", ", SchemaKeywords.TypeNames)})");
        }
    }

    private void CheckNameList(JsonElement value, string at)
    {
        if (!ExpectKind(value, JsonValueKind.Array, at, "must be a list of property names"))
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemAt = JsonPointer.Append(at, index++);
            if (item.ValueKind != JsonValueKind.String)
            {
                Problem(itemAt, "must be a property name (a string)");
            }
            else if (!seen.Add(item.GetString()!))
            {
                Problem(itemAt, $"\"{item.GetString()}\" is listed twice");
            }
        }
    }

    private void CheckPattern(JsonElement value, string at)
    {
        if (!ExpectKind(value, JsonValueKind.String, at, "must be a string"))
        {
            return;
        }

        var pattern = value.GetString()!;
        if (_patterns.ContainsKey(pattern))
        {
            return;
        }

        var regex = PatternCompiler.TryCompile(pattern, out var error);
        if (regex is null)
        {
            Problem(at, $"invalid regular expression: {error}");
        }
        else
        {
            _patterns[pattern] = regex;
        }
    }

    private void CheckReference(JsonElement value, string at, string schemaAt)
    {
        if (!ExpectKind(value, JsonValueKind.String, at, "must be a string"))
        {
            return;
        }

        var reference = value.GetString()!;
        if (!reference.StartsWith('#'))
        {
            Problem(at, $"only references inside the schema are supported (\"#/$defs/…\"), not \"{reference}\"");
            return;
        }

        var pointer = Uri.UnescapeDataString(reference[1..]);
        if (!_resolver.TryResolve(pointer, out var target))
        {
            Problem(at, $"\"{reference}\" does not point to anything in the schema");
            return;
        }

        if (target.ValueKind is not (JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False))
        {
            Problem(at, $"\"{reference}\" does not point to a schema");
            return;
        }

        _references[reference] = target;
        Edge(schemaAt, pointer);
    }

    private void Edge(string from, string to)
    {
        if (!_sameValueEdges.TryGetValue(from, out var targets))
        {
            _sameValueEdges[from] = targets = [];
        }

        targets.Add(to);
    }

    /// <summary>
    /// Reports every loop of same-value edges, and chains of them longer than validation follows. Walked with an
    /// explicit stack: an uploaded schema can chain tens of thousands of <c>$ref</c>s, far beyond any thread's stack.
    /// </summary>
    private void FindReferenceCycles()
    {
        // Absent = not seen, -1 = on the current path, otherwise the longest chain of edges starting there.
        var chain = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        var pending = new Stack<(string Node, int NextTarget)>();
        var tooLong = false;
        foreach (var start in _sameValueEdges.Keys.ToList())
        {
            if (chain.ContainsKey(start))
            {
                continue;
            }

            Enter(start);
            while (pending.Count > 0)
            {
                var (node, next) = pending.Pop();
                var targets = _sameValueEdges.GetValueOrDefault(node);
                if (targets is not null && next < targets.Count)
                {
                    pending.Push((node, next + 1));
                    var target = targets[next];
                    if (!chain.TryGetValue(target, out var state))
                    {
                        Enter(target);
                    }
                    else if (state == -1)
                    {
                        var cycle = path.Skip(path.IndexOf(target)).Append(target).Select(p => p.Length == 0 ? "#" : "#" + p);
                        Problem(target, $"references loop without reaching the data: {string.Join(" -> ", cycle)}");
                    }

                    continue;
                }

                path.RemoveAt(path.Count - 1);
                var longest = targets?.Max(t => chain.GetValueOrDefault(t) + 1) ?? 0;
                chain[node] = Math.Max(0, longest);
                if (longest > MaxReferenceChain && !tooLong)
                {
                    tooLong = true;
                    Problem(node, $"references chain {longest} schemas deep without reaching the data; at most {MaxReferenceChain} are followed");
                }
            }
        }

        void Enter(string node)
        {
            chain[node] = -1;
            path.Add(node);
            pending.Push((node, 0));
        }
    }

    private bool ExpectKind(JsonElement value, JsonValueKind kind, string at, string message)
    {
        if (value.ValueKind == kind)
        {
            return true;
        }

        Problem(at, message);
        return false;
    }

    private void Problem(string at, string message) => _problems.Add($"{(at.Length == 0 ? "(root)" : at)}: {message}");
}
