using DocGen.Conversion;

namespace DocGen.Cli.Commands;

/// <summary>PDF from the command line: a one-worker pool, started for one command and stopped after it.</summary>
internal sealed class PdfOnce : IDisposable
{
    private readonly LibreOfficePool _pool = LibreOfficePool.Start(new LibreOfficePoolOptions { Workers = 1 });

    /// <summary>The pool: it prepares every document as the service's does (external references and comment marks removed, cost measured).</summary>
    public IPdfConverter Converter => _pool;

    /// <summary>Fonts LibreOffice replaced without a mapping in fonts.conf are worth a note.</summary>
    public static void Note(IReadOnlyList<FontSubstitution> substitutions)
    {
        foreach (var font in substitutions.Where(f => !f.Mapped))
            Console.Error.WriteLine($"note: font {font.Requested} was replaced by {font.Substitute}");
    }

    public void Dispose() => _pool.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
