using DocGen.Conversion;
using DocGen.Validation;

namespace DocGen.Filling.Batch;

/// <summary>What one batch makes and how: the caller's choices and the service's limits.</summary>
public sealed record BatchSettings
{
    public required OutputFormat Format { get; init; }

    public ValidationMode Mode { get; init; } = ValidationMode.Draft;

    public required BatchNamer Namer { get; init; }

    /// <summary>Items past this many are counted and reported as skipped, not rendered.</summary>
    public int MaxItems { get; init; } = 1000;

    /// <summary>DOCX → PDF for PDF batches (the service's pool, or the command line's own); null for DOCX.</summary>
    public IPdfConverter? Converter { get; init; }

    /// <summary>Called after each item with the count so far, for progress displays.</summary>
    public Action<BatchProgress>? Progress { get; init; }
}
