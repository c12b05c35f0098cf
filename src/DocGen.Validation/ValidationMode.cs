namespace DocGen.Validation;

/// <summary>How strictly data is checked against a form schema.</summary>
public enum ValidationMode
{
    /// <summary>
    /// A form being filled in: types, formats and limits are checked, but nothing has to be there yet
    /// (<c>required</c>, <c>dependentRequired</c> and <c>minItems</c> are skipped).
    /// </summary>
    Draft,

    /// <summary>A form about to be printed and submitted: every keyword applies.</summary>
    Final,
}
