namespace DocGen.Templates.Extraction;

/// <summary>A fixed text of a form, white space removed: as a filled copy prints it and as the template writes it.</summary>
internal sealed record FixedText(string Printed, string Written);
