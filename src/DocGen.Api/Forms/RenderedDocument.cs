namespace DocGen.Api.Forms;

/// <summary>A finished document, ready to send: its bytes, type, Chinese file name with an ASCII fallback, and for PDFs the fonts LibreOffice replaced.</summary>
internal sealed record RenderedDocument(byte[] Bytes, string ContentType, string FileName, string AsciiFileName, string? FontSubstitutions);
