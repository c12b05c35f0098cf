using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocGen.Validation.Formats;
using DocGen.Validation.Schema;
using DocGen.Validation.Text;

namespace DocGen.Validation.Walking;

/// <summary>
/// Walks data and schema together and reports every problem. Semantics beyond plain JSON Schema, all for
/// forms that are filled in over time:
/// a property whose value is null or blank text counts as not answered (its rules are skipped, and
/// <c>required</c> reports it in final mode); completeness rules (<c>required</c>, <c>dependentRequired</c>,
/// <c>minItems</c>, <c>contains</c>) apply in final mode only, but an <c>if</c> condition is always judged with
/// all rules so that <c>"required"</c> in a condition keeps its usual meaning of "was answered".
/// </summary>
internal sealed class DataValidator
{
    private const int MaxDepth = 128;
    private const int MaxSchemaHops = SchemaChecker.MaxReferenceChain;
    private const int StepsPerValidation = 2_000_000;
    /// <summary>
    /// Time all pattern matches of one validation may take together. A backtracking pattern stops after its own
    /// timeout per text; over many texts only this total keeps the validation short.
    /// </summary>
    private static readonly TimeSpan PatternTimePerValidation = TimeSpan.FromSeconds(1);
    /// <summary>How deep a missing section is opened up into its fields, and how many rows of a missing list.</summary>
    private const int MaxMissingDepth = 8;
    private const int MaxMissingRows = 20;

    private static readonly JsonElement Null = ParseNull();

    private readonly SchemaIndex _index;
    private readonly Labeler _labeler;
    private readonly bool _final;
    private readonly ErrorSink _sink;
    private readonly WorkBudget _budget;

    private DataValidator(SchemaIndex index, Labeler labeler, bool final, ErrorSink sink, WorkBudget budget)
    {
        _index = index;
        _labeler = labeler;
        _final = final;
        _sink = sink;
        _budget = budget;
    }

    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired (the client is gone).</exception>
    public static IReadOnlyList<DataError> Run(SchemaIndex index, Labeler labeler, JsonElement data, ValidationMode mode, CancellationToken cancellationToken)
    {
        var sink = ErrorSink.Collecting();
        // default(JsonElement) would make the JsonElement accessors throw; it stands for "no data".
        data = data.ValueKind == JsonValueKind.Undefined ? Null : data;
        var budget = new WorkBudget(StepsPerValidation, PatternTimePerValidation, cancellationToken);
        var validator = new DataValidator(index, labeler, mode == ValidationMode.Final, sink, budget);
        validator.Check(index.Root, data, DataLocation.Root, labeler.TitleOf(index.Root) ?? "数据", 0);
        if (budget.Exhausted)
        {
            // The budget may run out inside an if-condition, where nothing is reported.
            sink.Stop(budget.PatternTimeExhausted ? Messages.PatternsTooSlow(budget.PatternTime) : Messages.TooLarge);
        }

        return sink.Result();
    }

    private void Check(JsonElement schema, JsonElement data, DataLocation at, string label, int hops)
    {
        if (_sink.Stopped)
        {
            return;
        }

        if (!_budget.Spend())
        {
            _sink.Stop(_budget.PatternTimeExhausted ? Messages.PatternsTooSlow(_budget.PatternTime) : Messages.TooLarge);
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            _sink.Add(at, label, Messages.NotAllowed(label));
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (at.Depth > MaxDepth || hops > MaxSchemaHops || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _sink.Add(at, label, Messages.TooDeep(label));
            return;
        }

        // A value of the wrong type gets one message, not a cascade from every rule written for the right type.
        if (!CheckType(schema, data, at, label))
        {
            return;
        }

        CheckChoices(schema, data, at, label);
        switch (data.ValueKind)
        {
            case JsonValueKind.String:
                CheckString(schema, JsonText.Read(data), at, label);
                break;
            case JsonValueKind.Number:
                CheckNumber(schema, data, at, label);
                break;
        }

        if (schema.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String &&
            FormatChecker.Check(format.GetString()!, data, label) is { } formatMessage)
        {
            _sink.Add(at, label, formatMessage);
        }

        switch (data.ValueKind)
        {
            case JsonValueKind.Array:
                CheckArray(schema, data, at, label);
                break;
            case JsonValueKind.Object:
                CheckObject(schema, data, at);
                break;
        }

        CheckApplicators(schema, data, at, label, hops);
    }

    private bool CheckType(JsonElement schema, JsonElement data, DataLocation at, string label)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return true;
        }

        var types = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()!).ToList()
            : [type.GetString()!];
        if (types.Any(t => HasType(data, t)))
        {
            return true;
        }

        _sink.Add(at, label, Messages.Type(label, types));
        return false;
    }

    private static bool HasType(JsonElement data, string type) => type switch
    {
        "string" => data.ValueKind == JsonValueKind.String,
        "number" => data.ValueKind == JsonValueKind.Number,
        "integer" => data.ValueKind == JsonValueKind.Number && JsonValues.IsInteger(data),
        "boolean" => data.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "array" => data.ValueKind == JsonValueKind.Array,
        "object" => data.ValueKind == JsonValueKind.Object,
        "null" => data.ValueKind == JsonValueKind.Null,
        _ => false,
    };

    private void CheckChoices(JsonElement schema, JsonElement data, DataLocation at, string label)
    {
        if (schema.TryGetProperty("const", out var expected) && !JsonValues.DeepEquals(expected, data))
        {
            _sink.Add(at, label, Messages.Const(label, expected, data));
        }

        if (schema.TryGetProperty("enum", out var choices) && !choices.EnumerateArray().Any(c => JsonValues.DeepEquals(c, data)))
        {
            _sink.Add(at, label, Messages.Enum(label, choices, data));
        }
    }

    private void CheckString(JsonElement schema, string text, DataLocation at, string label)
    {
        var hasMin = schema.TryGetProperty("minLength", out var minLength);
        var hasMax = schema.TryGetProperty("maxLength", out var maxLength);
        if (hasMin || hasMax)
        {
            var length = TextLength.Count(text);
            // A text still being written is short; only a final submission must reach the minimum.
            if (_final && hasMin && length < minLength.GetInt32())
            {
                _sink.Add(at, label, Messages.MinLength(label, minLength.GetInt32(), length));
            }

            if (hasMax && length > maxLength.GetInt32())
            {
                _sink.Add(at, label, Messages.MaxLength(label, maxLength.GetInt32(), length));
            }
        }

        if (schema.TryGetProperty("pattern", out var pattern))
        {
            var matches = _budget.Match(_index.Pattern(pattern.GetString()!), text);
            if (matches is null)
            {
                _sink.Add(at, label, Messages.PatternTooSlow(label));
                return;
            }

            if (_budget.PatternTimeExhausted)
            {
                _sink.Stop(Messages.PatternsTooSlow(_budget.PatternTime));
                return;
            }

            if (matches == false)
            {
                var custom = schema.TryGetProperty("x-patternMessage", out var m) ? m.GetString() : null;
                _sink.Add(at, label, string.IsNullOrEmpty(custom) ? Messages.Pattern(label) : custom);
            }
        }
    }

    private void CheckNumber(JsonElement schema, JsonElement data, DataLocation at, string label)
    {
        if (schema.TryGetProperty("minimum", out var minimum) && JsonValues.Compare(data, minimum) < 0)
        {
            _sink.Add(at, label, Messages.Minimum(label, minimum));
        }

        if (schema.TryGetProperty("exclusiveMinimum", out var exclusiveMinimum) && JsonValues.Compare(data, exclusiveMinimum) <= 0)
        {
            _sink.Add(at, label, Messages.ExclusiveMinimum(label, exclusiveMinimum));
        }

        if (schema.TryGetProperty("maximum", out var maximum) && JsonValues.Compare(data, maximum) > 0)
        {
            _sink.Add(at, label, Messages.Maximum(label, maximum));
        }

        if (schema.TryGetProperty("exclusiveMaximum", out var exclusiveMaximum) && JsonValues.Compare(data, exclusiveMaximum) >= 0)
        {
            _sink.Add(at, label, Messages.ExclusiveMaximum(label, exclusiveMaximum));
        }
    }

    private void CheckArray(JsonElement schema, JsonElement data, DataLocation at, string label)
    {
        var count = data.GetArrayLength();
        string? unit = null;
        string Unit() => unit ??= _labeler.UnitOf(schema) ?? _labeler.UnitAt(at.Pointer) ?? "项";

        if (_final && schema.TryGetProperty("minItems", out var minItems) && count < minItems.GetInt32())
        {
            _sink.Add(at, label, Messages.MinItems(label, minItems.GetInt32(), count, Unit()));
        }

        if (schema.TryGetProperty("maxItems", out var maxItems) && count > maxItems.GetInt32())
        {
            _sink.Add(at, label, Messages.MaxItems(label, maxItems.GetInt32(), count, Unit()));
        }

        if (schema.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True)
        {
            CheckUnique(data, at, label, Unit);
        }

        if (_final && schema.TryGetProperty("contains", out var contains) && !data.EnumerateArray().Any(item => Passes(contains, item, at, label)))
        {
            _sink.Add(at, label, Messages.Contains(label, contains, Unit()));
        }

        if (schema.TryGetProperty("items", out var items))
        {
            var position = 0;
            foreach (var item in data.EnumerateArray())
            {
                if (_sink.Stopped)
                {
                    return;
                }

                Check(items, item, at.Item(position), _sink.Reports ? Labeler.ItemLabel(label, position, Unit()) : label, 0);
                position++;
            }
        }
    }

    private void CheckUnique(JsonElement data, DataLocation at, string label, Func<string> unit)
    {
        var seen = new List<JsonElement>();
        var position = 0;
        foreach (var item in data.EnumerateArray())
        {
            if (!_budget.Spend(seen.Count + 1))
            {
                _sink.Stop(Messages.TooLarge);
                return;
            }

            var earlier = seen.FindIndex(s => JsonValues.DeepEquals(s, item));
            if (earlier >= 0)
            {
                var itemAt = at.Item(position);
                _sink.Add(itemAt, Labeler.ItemLabel(label, position, unit()), Messages.Duplicate(label, position, earlier, unit()));
            }

            seen.Add(item);
            position++;
        }
    }

    private void CheckObject(JsonElement schema, JsonElement data, DataLocation at)
    {
        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        var additional = schema.TryGetProperty("additionalProperties", out var a) ? a : default;
        var needsPresence = _final && (schema.TryGetProperty("required", out _) || schema.TryGetProperty("dependentRequired", out _));
        var present = needsPresence ? new Dictionary<string, (int Position, JsonElement Value)>(StringComparer.Ordinal) : null;

        var position = 0;
        foreach (var property in data.EnumerateObject())
        {
            if (_sink.Stopped)
            {
                return;
            }

            var childAt = at.Property(property.Name, position);
            present?.TryAdd(property.Name, (position, property.Value));
            position++;

            JsonElement childSchema;
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var declared))
            {
                childSchema = declared;
            }
            else if (additional.ValueKind == JsonValueKind.False)
            {
                _sink.Add(childAt, property.Name, Messages.Unknown(property.Name));
                continue;
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                childSchema = additional;
            }
            else
            {
                continue;
            }

            if (!JsonValues.IsBlank(property.Value))
            {
                Check(childSchema, property.Value, childAt, ChildLabel(childSchema, childAt, property.Name), 0);
            }
        }

        if (present is not null)
        {
            CheckRequired(schema, at, present);
        }
    }

    private void CheckRequired(JsonElement schema, DataLocation at, Dictionary<string, (int Position, JsonElement Value)> present)
    {
        bool Answered(string name) => present.TryGetValue(name, out var entry) && !JsonValues.IsBlank(entry.Value);
        DataLocation Where(string name, int rank = 0) => present.TryGetValue(name, out var entry) ? at.Property(name, entry.Position) : at.Missing(name, rank);

        if (schema.TryGetProperty("required", out var required))
        {
            var rank = 0;
            foreach (var name in required.EnumerateArray().Select(n => n.GetString()!))
            {
                rank++;
                if (!Answered(name))
                {
                    var where = Where(name, rank);
                    ReportMissing(DeclaredSchema(schema, name), where, PropertyLabel(schema, name, where), 0);
                }
            }
        }

        if (schema.TryGetProperty("dependentRequired", out var dependent))
        {
            foreach (var rule in dependent.EnumerateObject())
            {
                if (!Answered(rule.Name))
                {
                    continue;
                }

                var triggerLabel = PropertyLabel(schema, rule.Name, Where(rule.Name));
                foreach (var name in rule.Value.EnumerateArray().Select(n => n.GetString()!))
                {
                    if (!Answered(name))
                    {
                        var where = Where(name);
                        var label = PropertyLabel(schema, name, where);
                        _sink.Add(where, label, Messages.RequiredBecause(label, triggerLabel));
                    }
                }
            }
        }
    }

    /// <summary>
    /// A required value that was left out. A section with required fields of its own is reported field by field
    /// (and a list with a minimum, row by row), as it would be once its first field is typed, so that every
    /// missing field is named and the count of what is missing does not jump when a section is begun.
    /// </summary>
    private void ReportMissing(JsonElement? schema, DataLocation where, string label, int depth)
    {
        if (_sink.Stopped || !_sink.Reports || schema is not { } declared || depth >= MaxMissingDepth)
        {
            _sink.Add(where, label, Messages.Required(label));
            return;
        }

        var layers = Layers(declared);
        var required = layers
            .Where(l => l.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.Array)
            .SelectMany(l => l.GetProperty("required").EnumerateArray())
            .Select(n => n.GetString()!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (required.Count > 0)
        {
            for (var rank = 0; rank < required.Count; rank++)
            {
                var name = required[rank];
                var child = layers.Select(l => DeclaredSchema(l, name)).FirstOrDefault(c => c is not null);
                var childAt = where.Missing(name, rank);
                ReportMissing(child, childAt, child is { } c ? _labeler.TitleOf(c) ?? name : name, depth + 1);
            }

            return;
        }

        var rows = layers.Select(l => l.TryGetProperty("minItems", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetInt32() : 0).DefaultIfEmpty(0).Max();
        var items = layers.Select(l => l.TryGetProperty("items", out var i) ? i : (JsonElement?)null).FirstOrDefault(i => i is not null);
        if (rows > 0 && items is { } itemSchema && Layers(itemSchema).Any(l => l.TryGetProperty("required", out _)))
        {
            var unit = _labeler.UnitOf(declared) ?? "项";
            for (var row = 0; row < Math.Min(rows, MaxMissingRows); row++)
            {
                ReportMissing(itemSchema, where.Item(row), Labeler.ItemLabel(label, row, unit), depth + 1);
            }

            return;
        }

        _sink.Add(where, label, Messages.Required(label));
    }

    /// <summary>The schema and what it reaches through <c>$ref</c> and <c>allOf</c>: the layers that describe one value's shape.</summary>
    private List<JsonElement> Layers(JsonElement schema)
    {
        var result = new List<JsonElement>();
        var queue = new Queue<JsonElement>([schema]);
        while (queue.Count > 0 && result.Count < MaxSchemaHops)
        {
            var node = queue.Dequeue();
            if (node.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            result.Add(node);
            if (node.TryGetProperty("$ref", out var reference) && reference.ValueKind == JsonValueKind.String && _index.TryResolve(reference.GetString()!, out var target))
            {
                queue.Enqueue(target);
            }

            if (node.TryGetProperty("allOf", out var all) && all.ValueKind == JsonValueKind.Array)
            {
                foreach (var member in all.EnumerateArray())
                {
                    queue.Enqueue(member);
                }
            }
        }

        return result;
    }

    private static JsonElement? DeclaredSchema(JsonElement schema, string name) =>
        schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object &&
        properties.TryGetProperty(name, out var declared) ? declared : null;

    private void CheckApplicators(JsonElement schema, JsonElement data, DataLocation at, string label, int hops)
    {
        if (schema.TryGetProperty("$ref", out var reference) && _index.TryResolve(reference.GetString()!, out var target))
        {
            Check(target, data, at, label, hops + 1);
        }

        if (schema.TryGetProperty("allOf", out var all))
        {
            foreach (var member in all.EnumerateArray())
            {
                Check(member, data, at, label, hops + 1);
            }
        }

        if (schema.TryGetProperty("if", out var condition))
        {
            var branch = Passes(condition, data, at, label) ? "then" : "else";
            if (schema.TryGetProperty(branch, out var consequence))
            {
                Check(consequence, data, at, label, hops + 1);
            }
        }
    }

    /// <summary>Whether a value satisfies a schema, judged with every rule (final mode) and without reporting.</summary>
    private bool Passes(JsonElement schema, JsonElement data, DataLocation at, string label)
    {
        var probe = ErrorSink.Probe();
        new DataValidator(_index, _labeler, final: true, probe, _budget).Check(schema, data, at, label, 0);
        return !probe.HasErrors;
    }

    private static JsonElement ParseNull()
    {
        using var document = JsonDocument.Parse("null");
        return document.RootElement.Clone();
    }

    private string ChildLabel(JsonElement childSchema, DataLocation childAt, string name) =>
        _sink.Reports ? _labeler.TitleOf(childSchema) ?? _labeler.LabelAt(childAt.Pointer) ?? name : name;

    private string PropertyLabel(JsonElement schema, string name, DataLocation where) =>
        (schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object &&
         properties.TryGetProperty(name, out var declared) ? _labeler.TitleOf(declared) : null)
        ?? _labeler.LabelAt(where.Pointer)
        ?? name;
}
