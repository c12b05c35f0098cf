namespace DocGen.Api.Forms;

/// <summary>A field the service computes from the data (a total or a score), as form.yaml declares it.</summary>
/// <param name="Field">JSON pointer of the result, <c>*</c> standing for each array member.</param>
/// <param name="Title">The field's label (Chinese).</param>
/// <param name="Sum">Pointer pattern of the values added up.</param>
/// <param name="WeightedSum">Pointer pattern of the values multiplied by <paramref name="Weights"/> and added up.</param>
/// <param name="Weights">A pointer pattern or a list of numbers.</param>
/// <param name="DivideBy">Divisor applied to the result.</param>
/// <param name="Cap">Upper bound of the result.</param>
/// <param name="Decimals">Decimals the result is rounded to.</param>
/// <param name="Source">Where the formula comes from.</param>
internal sealed record ComputedField(
    string Field,
    string Title,
    string? Sum,
    string? WeightedSum,
    object? Weights,
    double? DivideBy,
    double? Cap,
    int Decimals,
    string Source);
