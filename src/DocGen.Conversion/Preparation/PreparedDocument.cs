using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using DocGen.Conversion.Cost;
using DocGen.Templates.Packaging;
using DocGen.Templates.Parsing;

namespace DocGen.Conversion.Preparation;

/// <summary>
/// A DOCX made ready for a LibreOffice worker in one pass over its package: each part is read once, and the package
/// is written again only when a part changed (otherwise the caller's array goes on as it is). On the way
/// <list type="bullet">
/// <item>external references lose their target (linked pictures and objects, fields that fetch, imported chunks;
/// <see cref="ExternalReferences"/>), so no upload or data can make the server fetch a URL or embed one of its files;</item>
/// <item>comment marks are removed (<see cref="CommentMarks"/>): a worker without a desktop interface aborts on them;</item>
/// <item>the cost of laying it out is measured (<see cref="DocumentCostMeter"/>), so a document too big to convert is
/// refused before it is queued;</item>
/// <item>the font families it names are found for the substitution report, unless the caller knows them (a filled
/// form names its template's).</item>
/// </list>
/// The package is read within the engine's limits (parts, sizes; see <see cref="DocxPackage"/>) and a part that is
/// parsed to be rewritten is held to its nesting limit, whoever calls the pool.
/// </summary>
internal sealed class PreparedDocument
{
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    private PreparedDocument(byte[] docx, DocumentCost cost, IReadOnlyCollection<string> fontFamilies)
    {
        Docx = docx;
        Cost = cost;
        FontFamilies = fontFamilies;
    }

    /// <summary>What the worker loads.</summary>
    public byte[] Docx { get; }

    public DocumentCost Cost { get; }

    /// <summary>The caller's families when it gave them, else those the document names.</summary>
    public IReadOnlyCollection<string> FontFamilies { get; }

    /// <param name="docx">The document as the caller has it.</param>
    /// <param name="fontFamilies">The families the document names when the caller knows them; null finds them in the document.</param>
    /// <param name="keepExternalReferences">Only for the sandbox's own tests, which show what a worker does with references that got through.</param>
    /// <exception cref="InvalidDataException">The bytes are not a DOCX within the package limits.</exception>
    /// <exception cref="XmlException">A part that is measured or rewritten is not well-formed XML (or is nested too deep).</exception>
    public static PreparedDocument Prepare(byte[] docx, IReadOnlyCollection<string>? fontFamilies, bool keepExternalReferences = false)
    {
        var package = DocxPackage.TryRead(docx, out var problem) ?? throw new InvalidDataException(problem);
        var commented = CommentMarks.AreAnchoredIn(package.Parts);
        var meter = new DocumentCostMeter();
        var families = fontFamilies is null ? new HashSet<string>(StringComparer.Ordinal) : null;
        Dictionary<string, byte[]>? rewritten = null;
        foreach (var (name, bytes) in package.Parts)
        {
            var stripExternal = !keepExternalReferences && ExternalReferences.MayHold(name, bytes);
            var stripComments = commented && CommentMarks.MayBeIn(name);
            var tree = stripExternal || stripComments ? SafeXml.Load(bytes) : null;
            // Both run on a part that needs both: neither may be skipped because the other changed it.
            var changed = (stripExternal && ExternalReferences.Strip(name, tree!)) | (stripComments && CommentMarks.Remove(tree!));
            if (changed)
            {
                (rewritten ??= new(StringComparer.Ordinal))[name] = Save(tree!, bytes.Length);
            }

            var measured = DocumentCostMeter.Measures(name);
            var named = families is not null && Templates.Packaging.FontFamilies.AreNamedIn(name);
            if (!measured && !named)
            {
                continue;
            }

            // A parsed part is read from its tree, the others from their bytes: no part is parsed twice.
            using var reader = tree?.CreateReader() ?? XmlReader.Create(new MemoryStream(bytes, writable: false), ReaderSettings);
            if (measured)
            {
                meter.Read(reader, families);
            }
            else
            {
                while (reader.Read())
                {
                    Templates.Packaging.FontFamilies.Collect(reader, families!);
                }
            }
        }

        return new PreparedDocument(rewritten is null ? docx : Write(package.Parts, rewritten, docx.Length), meter.Result(), fontFamilies ?? families!);
    }

    private static byte[] Save(XDocument part, int sizeHint)
    {
        using var output = new MemoryStream(sizeHint);
        part.Save(output, SaveOptions.DisableFormatting);
        return output.ToArray();
    }

    private static byte[] Write(List<KeyValuePair<string, byte[]>> parts, Dictionary<string, byte[]> rewritten, int sizeHint)
    {
        using var output = new MemoryStream(sizeHint);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in parts)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(rewritten.GetValueOrDefault(name) ?? bytes);
            }
        }

        return output.ToArray();
    }
}
