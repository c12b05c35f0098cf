namespace DocGen.Api.Forms;

/// <summary>One copy a reconstructed form was compared with.</summary>
/// <param name="Title">What the copy is, in its own words.</param>
/// <param name="Address">The public address it was read at, or a catalog version (authority/form@version) holding a province's copy.</param>
/// <param name="Year">The year the copy bears or was published in; null when undated.</param>
/// <param name="Took">What the form took from the copy, or what the copy confirmed.</param>
internal sealed record ConsultedCopy(string Title, string Address, int? Year, string Took);
