using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocGen.Templates.Catalog;
using DocGen.Validation;

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
        var root = JsonNode.Parse(data.GetRawText())!;
        var errors = new List<DataError>();
        foreach (var spec in computations) Compute(root, spec, errors);
        using var document = JsonDocument.Parse(root.ToJsonString());
        return (document.RootElement.Clone(), errors);
    }

    private static void Compute(JsonNode root, ComputationSpec spec, List<DataError> errors)
    {
        var target = PointerPattern.Parse(spec.Field);
        var isWeighted = spec.WeightedSum.Length > 0;
        var values = PointerPattern.Parse(isWeighted ? spec.WeightedSum : spec.Sum);
        var weightPattern = spec.Weights is string w ? PointerPattern.Parse(w) : null;
        var fixedWeights = spec.Weights is IEnumerable<object> list ? list.Select(ToNumber).ToList() : null;

        foreach (var (submitted, bindings, pointer) in target.Match(root).ToList())
        {
            var items = values.Match(root, bindings).Select(m => ToNumber(m.Node)).ToList();
            if (items.All(v => v is null)) continue; // nothing filled in: leave the total blank, as on a blank form
            double result;
            if (isWeighted)
            {
                var weights = weightPattern is not null ? weightPattern.Match(root, bindings).Select(m => ToNumber(m.Node)).ToList() : fixedWeights ?? [];
                result = items.Select((v, i) => (v ?? 0) * (i < weights.Count ? weights[i] ?? 0 : 0)).Sum();
            }
            else
            {
                result = items.Sum(v => v ?? 0);
            }
            if (spec.DivideBy is > 0) result /= spec.DivideBy.Value;
            if (spec.Cap is { } cap) result = Math.Min(result, cap);
            var rounded = Math.Round((decimal)result, Math.Clamp(spec.Decimals, 0, 6), MidpointRounding.AwayFromZero);

            if (ToNumber(submitted) is { } given && Math.Abs((decimal)given - rounded) > HalfUnit(spec.Decimals))
            {
                var label = spec.Title.Length > 0 ? spec.Title : pointer;
                errors.Add(new DataError(pointer, label, $"{label}应为{Text(rounded)}（按各项得分计算），填写的是{Text((decimal)given)}"));
            }
            Set(root, target.Bind(bindings), rounded);
        }
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

    private static void Set(JsonNode root, string[] path, decimal value)
    {
        var node = root;
        for (var i = 0; i < path.Length - 1; i++)
        {
            var next = node switch
            {
                JsonObject obj => obj.TryGetPropertyValue(path[i], out var child) ? child : null,
                JsonArray array when int.TryParse(path[i], out var index) && index < array.Count => array[index],
                _ => null,
            };
            if (next is null)
            {
                if (node is not JsonObject parent) return;
                next = new JsonObject();
                parent[path[i]] = next;
            }
            node = next;
        }
        switch (node)
        {
            case JsonObject obj:
                obj[path[^1]] = JsonValue.Create(value);
                break;
            case JsonArray array when int.TryParse(path[^1], out var index) && index < array.Count:
                array[index] = JsonValue.Create(value);
                break;
        }
    }
}
