namespace DocGen.Api.Forms;

/// <summary>The answer of a validation that found no problem (problems are a 422 problem answer).</summary>
/// <param name="Valid">Always true.</param>
/// <param name="Form">authority/form@version the data was checked against.</param>
/// <param name="Mode"><c>draft</c> or <c>final</c>.</param>
internal sealed record ValidationResult(bool Valid, string Form, string Mode);
