namespace DocGen.Conversion;

/// <summary>Per-request choices. Metadata normally travels in the DOCX core properties; these override it.</summary>
public sealed record PdfConversionOptions
{
    public static PdfConversionOptions Default { get; } = new();

    /// <summary>Produce PDF/A-2b (archival) instead of plain PDF 1.6.</summary>
    public bool PdfA { get; init; }

    /// <summary>Overrides <see cref="LibreOfficePoolOptions.JobTimeout"/> for this job.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>PDF title; null keeps dc:title of the DOCX.</summary>
    public string? Title { get; init; }

    /// <summary>PDF subject; null keeps dc:subject of the DOCX.</summary>
    public string? Subject { get; init; }

    /// <summary>PDF keywords, verbatim; null keeps cp:keywords of the DOCX (also verbatim).</summary>
    public string? Keywords { get; init; }

    /// <summary>
    /// The font families the document names, when the caller knows them: a document rendered from a template names its
    /// template's (<c>DocxTemplate.FontFamilies</c>, read once per template), so the font report needs no look into the
    /// document. Null reads them from the document.
    /// </summary>
    public IReadOnlyCollection<string>? FontFamilies { get; init; }
}
