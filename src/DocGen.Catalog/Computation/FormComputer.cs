using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocGen.Templates.Catalog;
using DocGen.Templates.Json;
using DocGen.Validation;
using DocGen.Validation.Schema;

namespace DocGen.Templates.Computation;

/// <summary>
/// Computes the totals and scores a form defines (form.yaml <c>computations</c>) and writes them into the
/// data before rendering, so no one types a total; a submitted total that disagrees is reported.
/// </summary>
public static class FormComputer
{
    public static (JsonElement Data, IReadOnlyList<DataError> Errors) Apply(JsonElement data, IReadOnlyList<ComputationSpec> computations)
    {
        if (computations.Count == 0 || data.ValueKind != JsonValueKind.Object) return (data, []);
        // The nodes wrap the parsed data and read it only where a computation looks; written out once, if at all.
        var root = JsonObject.Create(data)!;
        var errors = new List<DataError>();
        var computed = false;
        foreach (var spec in computations) computed |= Compute(root, spec, errors);
        return (computed ? JsonSerializer.SerializeToElement(root) : data, errors);
    }

    /// <returns>Whether a value was written.</returns>
    private static bool Compute(JsonNode root, ComputationSpec spec, List<DataError> errors)
    {
        var written = false;
        var target = PointerPattern.Parse(spec.Field);
        foreach (var (submitted, bindings, pointer, _) in target.Match(root))
        {
            if (Evaluate(root, spec, bindings) is not { } result) continue; // nothing filled in: the field stays blank, as on a blank form
            if (spec.MultiplyBy is { } factor) result *= factor;
            if (spec.DivideBy is > 0) result /= spec.DivideBy.Value;
            if (spec.Cap is { } cap) result = Math.Min(result, cap);
            var rounded = Math.Round((decimal)result, Math.Clamp(spec.Decimals, 0, 6), MidpointRounding.AwayFromZero);

            if (ToNumber(submitted) is { } given && Math.Abs((decimal)given - rounded) > HalfUnit(spec.Decimals))
            {
                var label = spec.Title.Length > 0 ? spec.Title : pointer;
                errors.Add(new DataError(pointer, label, $"{label}应为{Text(rounded)}（按表中数据计算），填写的是{Text((decimal)given)}"));
            }
            JsonPaths.Set(root, target.Bind(bindings), JsonValue.Create(rounded));
            written = true;
        }
        return written;
    }

    private static double? Evaluate(JsonNode root, ComputationSpec spec, string[] bindings)
    {
        if (spec.Count.Length > 0)
        {
            var members = PointerPattern.Parse(spec.Count).Match(root, bindings).ToList();
            // A list that is not there at all is "not filled in"; an empty list counts 0.
            if (members.Count == 0 && !ParentExists(root, spec.Count, bindings)) return null;
            return members.Count(m => m.Node is not null && spec.Where.All(condition => Matches(m.Node, condition.Key, condition.Value)));
        }
        if (spec.Ratio is { } ratio)
        {
            var numerator = ToNumber(PointerPattern.Parse(ratio.Numerator).Match(root, bindings).FirstOrDefault().Node);
            var denominator = ToNumber(PointerPattern.Parse(ratio.Denominator).Match(root, bindings).FirstOrDefault().Node);
            return numerator is { } n && denominator is { } d && d != 0 ? n / d : null;
        }
        var isWeighted = spec.WeightedSum.Length > 0;
        var matches = PointerPattern.Parse(isWeighted ? spec.WeightedSum : spec.Sum).Match(root, bindings).ToList();
        var items = matches.Select(m => ToNumber(m.Node)).ToList();
        if (items.All(v => v is null)) return null;
        if (!isWeighted) return items.Sum(v => v ?? 0);
        if (spec.Weights is string path)
        {
            // Pair each value with the weight of the same member (same star bindings), never by position.
            var weights = PointerPattern.Parse(path).Match(root, bindings)
                .GroupBy(m => string.Join('/', m.Bindings)).ToDictionary(g => g.Key, g => ToNumber(g.First().Node));
            return matches.Sum(m => (ToNumber(m.Node) ?? 0) * (weights.GetValueOrDefault(string.Join('/', m.Bindings)) ?? 0));
        }
        var fixedWeights = spec.Weights is IEnumerable<object> list ? list.Select(ToNumber).ToList() : [];
        return items.Select((v, i) => (v ?? 0) * (i < fixedWeights.Count ? fixedWeights[i] ?? 0 : 0)).Sum();
    }

    private static bool ParentExists(JsonNode root, string pattern, string[] bindings)
    {
        var segments = PointerPattern.Parse(pattern).Bind(bindings);
        var star = Array.IndexOf(segments, PointerPattern.Star);
        var parent = JsonPointer.Join(segments.Take(star < 0 ? segments.Length - 1 : star));
        return PointerPattern.Parse(parent).Match(root).Any(m => m.Node is not null);
    }

    private static bool Matches(JsonNode member, string field, object? expected)
    {
        var actual = member is JsonObject obj && obj.TryGetPropertyValue(field, out var value) ? value : null;
        var text = actual is JsonValue v ? (v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString()) : null;
        return expected is not string && expected is IEnumerable<object> options
            ? options.Any(o => string.Equals(Convert.ToString(o, CultureInfo.InvariantCulture), text, StringComparison.Ordinal))
            : string.Equals(Convert.ToString(expected, CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
    }

    private static decimal HalfUnit(int decimals) => 0.5m / (decimal)Math.Pow(10, Math.Clamp(decimals, 0, 6));

    private static string Text(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static double? ToNumber(object? value) => value switch
    {
        // Values read from the request hold JSON elements, computed ones hold decimals: go through the JSON text for both.
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture),
        JsonValue v when v.TryGetValue<string>(out var s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        double d => d,
        int i => i,
        _ => null,
    };
}
