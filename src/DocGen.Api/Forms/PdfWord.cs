namespace DocGen.Api.Forms;

/// <summary>A word on a PDF page and its box, in fractions of the page's width and height (0–1, top left origin).</summary>
internal sealed record PdfWord(int Page, string Text, double Left, double Top, double Right, double Bottom);
