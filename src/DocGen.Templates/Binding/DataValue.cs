using System.Globalization;
using System.Text.Json;
using DocGen.Validation;

namespace DocGen.Templates.Binding;

/// <summary>
/// A value a tag reads: a piece of the request's JSON, or a number/flag the engine makes itself (loop.index),
/// without allocating a JSON document for it.
/// </summary>
internal readonly struct DataValue
{
    private readonly JsonElement _element;
    private readonly double _number;
    private readonly string? _text;

    private DataValue(JsonValueKind kind, JsonElement element, double number, string? text)
    {
        Kind = kind;
        _element = element;
        _number = number;
        _text = text;
        IsElement = element.ValueKind != JsonValueKind.Undefined;
    }

    public static readonly DataValue Missing = default;

    public JsonValueKind Kind { get; }

    public bool IsElement { get; }

    public JsonElement Element => _element;

    public static DataValue From(JsonElement element) => new(element.ValueKind, element, 0, null);

    public static DataValue From(double number) => new(JsonValueKind.Number, default, number, null);

    public static DataValue From(bool flag) => new(flag ? JsonValueKind.True : JsonValueKind.False, default, 0, null);

    public static DataValue From(string text) => new(JsonValueKind.String, default, 0, text);

    public static DataValue FromLiteral(object? literal) => literal switch
    {
        string s => From(s),
        double d => From(d),
        bool b => From(b),
        _ => Missing,
    };

    public bool IsMissing => Kind is JsonValueKind.Undefined or JsonValueKind.Null;

    public bool IsTruthy => Kind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.String => AsText().Length > 0,
        JsonValueKind.Number => AsNumber() is { } n && n != 0,
        JsonValueKind.Array => _element.GetArrayLength() > 0,
        JsonValueKind.Object => true,
        _ => false,
    };

    public double? AsNumber()
    {
        if (Kind == JsonValueKind.Number) return IsElement ? _element.GetDouble() : _number;
        if (Kind == JsonValueKind.String && double.TryParse(AsText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)) return parsed;
        return null;
    }

    /// <summary>The text a value prints as: numbers invariant and as written in the JSON, flags as 是/否, arrays joined with 、.</summary>
    public string AsText() => Kind switch
    {
        JsonValueKind.String => IsElement ? JsonText.Read(_element) : _text ?? "",
        JsonValueKind.Number => IsElement ? NumberText(_element) : _number.ToString(CultureInfo.InvariantCulture),
        JsonValueKind.True => "是",
        JsonValueKind.False => "否",
        JsonValueKind.Array => string.Join("、", _element.EnumerateArray().Select(e => From(e).AsText())),
        _ => "",
    };

    private static string NumberText(JsonElement element) =>
        element.TryGetDecimal(out var d) ? d.ToString(CultureInfo.InvariantCulture) : element.GetDouble().ToString("R", CultureInfo.InvariantCulture);

    public bool ValueEquals(DataValue other)
    {
        if (IsMissing || other.IsMissing) return IsMissing && other.IsMissing;
        if (Kind is JsonValueKind.True or JsonValueKind.False || other.Kind is JsonValueKind.True or JsonValueKind.False)
            return Kind == other.Kind;
        if (Kind == JsonValueKind.Number && other.Kind == JsonValueKind.Number) return AsNumber() == other.AsNumber();
        return string.Equals(AsText(), other.AsText(), StringComparison.Ordinal);
    }

    /// <summary>For check boxes: equal to the value, or an array holding it (multiple choice).</summary>
    public bool Selects(DataValue choice)
    {
        if (Kind == JsonValueKind.Array)
        {
            foreach (var item in _element.EnumerateArray())
                if (From(item).ValueEquals(choice)) return true;
            return false;
        }
        return ValueEquals(choice);
    }
}
