using DocGen.Conversion;
using DocGen.Templates.Packaging;

namespace DocGen.Cli.Commands;

/// <summary>One conversion from the command line: a one-worker pool, started and stopped around it.</summary>
internal static class PdfOnce
{
    public static byte[] Convert(byte[] docx, PdfConversionOptions options)
    {
        var pool = LibreOfficePool.Start(new LibreOfficePoolOptions { Workers = 1 });
        try
        {
            var result = pool.ConvertAsync(ExternalReferences.Strip(docx), options, CancellationToken.None).GetAwaiter().GetResult();
            foreach (var font in result.FontSubstitutions.Where(f => !f.Mapped))
                Console.Error.WriteLine($"note: font {font.Requested} was replaced by {font.Substitute}");
            return result.Pdf;
        }
        finally
        {
            pool.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
