namespace DocGen.Conversion;

/// <summary>
/// Settings of <see cref="LibreOfficePool"/>. Bind from configuration section "Pdf" (all optional).
/// </summary>
public sealed class LibreOfficePoolOptions
{
    /// <summary>Warm LibreOffice workers; each converts one document at a time. Default: number of cores.</summary>
    public int Workers { get; set; } = Environment.ProcessorCount;

    /// <summary>Jobs allowed to wait for a worker; beyond it requests fail fast with 503. Default: 4 per worker.</summary>
    public int? QueueCapacity { get; set; }

    /// <summary>Longest a single conversion may run before its worker is killed and replaced. Default 60 s.</summary>
    public TimeSpan JobTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Recycle a worker after this many jobs (LibreOffice grows ~1 MiB per document). Default 200; 0 = never.</summary>
    public int MaxJobsPerWorker { get; set; } = 200;

    /// <summary>
    /// Resident memory of a worker's soffice.bin and everything it started, in MiB. Watched during a job: a job that
    /// takes the worker past it is stopped (<see cref="PdfWorkerMemoryExceededException"/>) and the worker replaced;
    /// a worker left above it after a job is recycled. Default 1024; 0 = never.
    /// </summary>
    public int MaxWorkerMemoryMb { get; set; } = 1024;

    /// <summary>How often a running job's worker memory is read. Default 250 ms.</summary>
    public TimeSpan MemoryPollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Characters of text a document may have to be converted; a bigger one is refused before it is queued
    /// (<see cref="PdfDocumentTooLargeException"/>). Default 500,000 (about 350 pages of Chinese text); 0 = no limit.
    /// </summary>
    public long MaxCharacters { get; set; } = 500_000;

    /// <summary>
    /// Characters of the longest paragraph (line breaks do not end one). LibreOffice lays a paragraph out as a whole,
    /// so its time grows faster than the paragraph's length. Default 60,000 (a long report section typed into one field, about thirty pages); 0 = no limit.
    /// </summary>
    public long MaxParagraphCharacters { get; set; } = 60_000;

    /// <summary>Paragraphs, table cells' included. Default 50,000; 0 = no limit.</summary>
    public long MaxParagraphs { get; set; } = 50_000;

    /// <summary>Table rows. Default 5,000 (a list of well over a hundred pages); 0 = no limit.</summary>
    public long MaxTableRows { get; set; } = 5_000;

    /// <summary>Placed pictures (one picture repeated counts each time). Default 300; 0 = no limit.</summary>
    public long MaxImages { get; set; } = 300;

    /// <summary>
    /// LibreOffice: the <c>soffice</c> launcher or <c>soffice.bin</c>. The pool always runs <c>soffice.bin</c> (found
    /// next to the launcher) so that the process it kills is LibreOffice itself, not the oosplash wrapper.
    /// Default /usr/lib/libreoffice/program/soffice.bin.
    /// </summary>
    public string SofficePath { get; set; } = "/usr/lib/libreoffice/program/soffice.bin";

    /// <summary>Interpreter with python3-uno. Default /usr/bin/python3 (a pyenv/venv python has no uno module).</summary>
    public string PythonPath { get; set; } = "/usr/bin/python3";

    /// <summary>
    /// fontconfig file for the workers (FONTCONFIG_FILE). Default: fonts/fonts.conf next to the application,
    /// which the build copies there from the repository's fonts/ folder. Null or missing: system fonts.conf.
    /// </summary>
    public string? FontConfigFile { get; set; } = Path.Combine(AppContext.BaseDirectory, "fonts", "fonts.conf");

    /// <summary>
    /// Memory allocator preloaded into soffice.bin (LD_PRELOAD): a path, or a file name looked up in the system library
    /// folders. LibreOffice spends about a fifth of a conversion in glibc's malloc/free; with gperftools' tcmalloc
    /// (Debian <c>libtcmalloc-minimal4</c>) a conversion takes 10–20 % less time and the worker stays smaller
    /// (bench/pdf-settings/ab.py).
    /// Default <c>libtcmalloc_minimal.so.4</c>; null or empty, or not installed: glibc's allocator.
    /// </summary>
    public string? MallocLibrary { get; set; } = "libtcmalloc_minimal.so.4";

    /// <summary>
    /// bubblewrap (Debian <c>bubblewrap</c>), which runs each soffice.bin without network and with a read-only view of the
    /// system folders, its profile and a private /tmp: a linked picture or file that reaches LibreOffice is neither
    /// fetched nor embedded. A path or a name on PATH. Default <c>bwrap</c>; null or empty, not installed, or refused by
    /// the kernel: the workers run unconfined, a warning is logged and <see cref="PoolStatus.WorkersIsolated"/> is false.
    /// </summary>
    public string? SandboxPath { get; set; } = "bwrap";

    /// <summary><c>fc-match</c>, used to report font substitutions. Null disables the report.</summary>
    public string? FcMatchPath { get; set; } = "fc-match";

    /// <summary>Time for one worker to start, connect and warm up. Default 60 s.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Directory for the workers' profile directories; removed on shutdown. Default: a fresh folder under the temp path.</summary>
    public string? WorkDirectory { get; set; }

    /// <summary>Fixed Retry-After for a full queue; null estimates it from the jobs queued and running and the recent conversion times.</summary>
    public TimeSpan? RetryAfter { get; set; }

    /// <summary>The first of the document's figures over its limit, or null when the pool converts it.</summary>
    /// <summary>
    /// Hands documents to the workers with their external references (linked pictures, fields that fetch...) left in.
    /// Only the sandbox's own tests set it, to show that a reference that got through still reaches nothing.
    /// </summary>
    internal bool KeepExternalReferences { get; init; }

    internal PdfDocumentTooLargeException? Refuse(Cost.DocumentCost cost)
    {
        foreach (var (measure, found, limit) in new[]
                 {
                     (PdfCostMeasure.TableRows, cost.TableRows, MaxTableRows),
                     (PdfCostMeasure.ParagraphCharacters, cost.LongestParagraph, MaxParagraphCharacters),
                     (PdfCostMeasure.Characters, cost.Characters, MaxCharacters),
                     (PdfCostMeasure.Paragraphs, cost.Paragraphs, MaxParagraphs),
                     (PdfCostMeasure.Images, cost.Images, MaxImages),
                 })
        {
            if (limit > 0 && found > limit)
            {
                return new PdfDocumentTooLargeException(measure, found, limit);
            }
        }

        return null;
    }

    internal int EffectiveQueueCapacity => QueueCapacity ?? Math.Max(1, Workers) * 4;

    internal void Validate()
    {
        if (Workers < 1) throw new ArgumentOutOfRangeException(nameof(Workers), Workers, "At least one worker.");
        if (EffectiveQueueCapacity < 0) throw new ArgumentOutOfRangeException(nameof(QueueCapacity), QueueCapacity, "Not negative.");
        if (JobTimeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(JobTimeout), JobTimeout, "Positive.");
        if (StartupTimeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(StartupTimeout), StartupTimeout, "Positive.");
        if (MaxJobsPerWorker < 0) throw new ArgumentOutOfRangeException(nameof(MaxJobsPerWorker), MaxJobsPerWorker, "Not negative.");
        if (MaxWorkerMemoryMb < 0) throw new ArgumentOutOfRangeException(nameof(MaxWorkerMemoryMb), MaxWorkerMemoryMb, "Not negative.");
        if (MemoryPollInterval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(MemoryPollInterval), MemoryPollInterval, "Positive.");
        foreach (var (name, limit) in new[] { (nameof(MaxCharacters), MaxCharacters), (nameof(MaxParagraphCharacters), MaxParagraphCharacters),
                     (nameof(MaxParagraphs), MaxParagraphs), (nameof(MaxTableRows), MaxTableRows), (nameof(MaxImages), MaxImages) })
        {
            if (limit < 0) throw new ArgumentOutOfRangeException(name, limit, "Not negative.");
        }
        if (string.IsNullOrWhiteSpace(SofficePath)) throw new ArgumentException("SofficePath is required.", nameof(SofficePath));
        if (string.IsNullOrWhiteSpace(PythonPath)) throw new ArgumentException("PythonPath is required.", nameof(PythonPath));
    }
}
