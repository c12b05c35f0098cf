namespace DocGen.Templates.Catalog;

/// <summary>One computed field of form.yaml: a sum or weighted sum over data paths (docs/catalog.md).</summary>
public sealed class ComputationSpec
{
    /// <summary>JSON pointer of the result, with <c>*</c> for each array (or object) member it is computed for.</summary>
    public string Field { get; set; } = "";
    public string Title { get; set; } = "";
    /// <summary>Pointer pattern of the values added up.</summary>
    public string Sum { get; set; } = "";
    /// <summary>Pointer pattern of the values multiplied by <see cref="Weights"/> and added up.</summary>
    public string WeightedSum { get; set; } = "";
    /// <summary>A pointer pattern (same members as the values) or a list of numbers.</summary>
    public object? Weights { get; set; }
    /// <summary>Pointer pattern of the members counted (e.g. <c>/staff/*</c>).</summary>
    public string Count { get; set; } = "";
    /// <summary>With <see cref="Count"/>: member fields and the value (or list of values) each must have to be counted.</summary>
    public Dictionary<string, object?> Where { get; set; } = new();
    /// <summary>numerator / denominator, two pointers (or patterns with the field's stars).</summary>
    public RatioSpec? Ratio { get; set; }
    public double? MultiplyBy { get; set; }
    public double? DivideBy { get; set; }
    public double? Cap { get; set; }
    public int Decimals { get; set; } = 2;
    /// <summary>Where the formula comes from (the notice's scoring rules, a GB standard).</summary>
    public string Source { get; set; } = "";

    public sealed class RatioSpec
    {
        public string Numerator { get; set; } = "";
        public string Denominator { get; set; } = "";
    }
}
