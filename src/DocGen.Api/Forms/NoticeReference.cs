namespace DocGen.Api.Forms;

/// <summary>The notice that published a template version.</summary>
/// <param name="Title">The notice's title (Chinese).</param>
/// <param name="Number">Its document number, e.g. 豫工信节〔2023〕12号.</param>
/// <param name="Date">Its date (yyyy-MM-dd).</param>
internal sealed record NoticeReference(string Title, string Number, string Date);
