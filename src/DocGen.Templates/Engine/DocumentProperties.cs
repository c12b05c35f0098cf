namespace DocGen.Templates.Engine;

/// <summary>Core document properties written into every rendered DOCX (docProps/core.xml), and carried by LibreOffice into the PDF.</summary>
public sealed record DocumentProperties(string? Title, string? Subject = null, string? Keywords = null, string? Description = null, string? Category = null);
