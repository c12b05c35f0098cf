namespace DocGen.Filling;

/// <summary>The document formats a form comes out in: editable DOCX, printable PDF, archival PDF/A-2b.</summary>
public enum OutputFormat
{
    Docx,
    Pdf,
    PdfA,
}
