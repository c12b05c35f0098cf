using System.Text;
using System.Text.Json;
using DocGen.Templates.Diagnostics;
using DocGen.Templates.Packaging;
using DocGen.Templates.Parsing;
using DocGen.Templates.Rendering;
using DocGen.Templates.Scripting;

namespace DocGen.Templates.Engine;

/// <summary>
/// A compiled Word template. Compile once per template version; <see cref="Render"/> is then pure and
/// thread-safe: JSON in, DOCX bytes out, the same bytes for the same input.
/// </summary>
public sealed class DocxTemplate
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    private readonly List<KeyValuePair<string, byte[]>> _rawParts;
    private readonly Dictionary<string, CompiledPart> _compiled;
    private readonly int[] _sizeHints;
    private readonly ZipEntry?[] _packed;
    private readonly bool _hasCoreProperties;
    private readonly bool _hasMainRelationships;
    private readonly UniqueIds? _uniqueIds;
    private readonly Lazy<IReadOnlyCollection<string>> _fontFamilies;

    private readonly string _mainPart;
    private readonly string _mainRelationships;

    private DocxTemplate(DocxPackage package, Dictionary<string, CompiledPart> compiled, UniqueIds? uniqueIds)
    {
        _uniqueIds = uniqueIds;
        _fontFamilies = new(() => Packaging.FontFamilies.NamedIn(package.Parts));
        var rawParts = package.Parts;
        _mainPart = package.MainPart;
        _mainRelationships = package.MainRelationships;
        _rawParts = rawParts;
        _compiled = compiled;
        _sizeHints = new int[rawParts.Count];
        _packed = new ZipEntry?[rawParts.Count];
        _hasCoreProperties = rawParts.Any(p => p.Key == PackageParts.CoreProperties);
        _hasMainRelationships = rawParts.Any(p => p.Key == _mainRelationships);
    }

    internal IEnumerable<CompiledPart> CompiledParts => _compiled.Values;

    /// <summary>
    /// The font families the template names (<see cref="Packaging.FontFamilies"/>), read on first use and kept: every
    /// document rendered from it names these or fewer, so converting one need not unzip it to find them.
    /// </summary>
    public IReadOnlyCollection<string> FontFamilies => _fontFamilies.Value;

    /// <summary>Where Word and the authoring tool keep the styles (font sizes of table text).</summary>
    private const string StylesPart = "word/styles.xml";

    /// <summary>Compiles a template; all problems are reported in the result, nothing is thrown for bad input.</summary>
    public static TemplateCompilation Compile(byte[] docx)
    {
        var diagnostics = new List<Diagnostic>();
        var package = DocxPackage.TryRead(docx, out var problem, out var problemZh);
        if (package is null)
        {
            diagnostics.Add(DiagnosticCatalog.BadPackage.Create("package", problem!, messageZh: problemZh));
            return new TemplateCompilation(null, diagnostics);
        }
        diagnostics.AddRange(ExternalReferences.Find(package));
        var compiled = new Dictionary<string, CompiledPart>();
        var deadline = new CompileDeadline(CompileDeadline.Default);
        var fontSizes = FontSizes.From(package.Find(StylesPart));
        foreach (var name in package.TemplateParts)
        {
            var part = PartCompiler.Compile(name, package.Find(name)!, isMainPart: name == package.MainPart, fontSizes, diagnostics, deadline);
            if (part is not null) compiled[name] = part;
        }
        if (package.Find(PackageParts.ContentTypes) is null)
            diagnostics.Add(DiagnosticCatalog.BadPackage.Create("package", "the package has no [Content_Types].xml", messageZh: "文件缺少 [Content_Types].xml，不是完整的 Word 文档"));
        // A macro project would be copied into every filled form, served as .docx, which Word refuses to open.
        if (MacroParts.Find(package) is { } macro)
        {
            diagnostics.Add(DiagnosticCatalog.BadPackage.Create(macro, $"the document is macro-enabled ({macro}); a template must be a plain .docx without macros",
                messageZh: "这是启用宏的文档（.docm），不能作为模板：请在 Word 或 WPS 中另存为“Word 文档（.docx）”后再上传"));
        }
        var uniqueIds = compiled.Values.Any(p => p.RepeatsIds)
            ? UniqueIds.Above(compiled.Keys.Select(name => SafeXml.Load(package.Find(name)!).Root!))
            : null;
        var template = new DocxTemplate(package, compiled, uniqueIds);
        return new TemplateCompilation(diagnostics.Any(d => d.IsError) ? null : template, diagnostics) { PartialTemplate = template };
    }

    public RenderResult Render(JsonElement data, RenderOptions? options = null)
    {
        using var package = new RenderedPackage(_rawParts.Count + 4);
        var problems = Build(package, data, options);
        if (problems.Count > 0) return new RenderResult(null, problems);
        // Measured first, so the document is the one array a render leaves behind.
        var document = new byte[DeterministicZipWriter.Measure(package.Entries)];
        using (var output = new MemoryStream(document)) DeterministicZipWriter.Write(output, package.Entries);
        return new RenderResult(document, problems);
    }

    /// <summary>Renders into <paramref name="output"/>; when problems are returned, nothing was written.</summary>
    public IReadOnlyList<Diagnostic> RenderTo(Stream output, JsonElement data, RenderOptions? options = null)
    {
        using var package = new RenderedPackage(_rawParts.Count + 4);
        var problems = Build(package, data, options);
        if (problems.Count == 0) DeterministicZipWriter.Write(output, package.Entries);
        return problems;
    }

    private IReadOnlyList<Diagnostic> Build(RenderedPackage package, JsonElement data, RenderOptions? options)
    {
        options ??= new RenderOptions();
        var constants = options.Constants.ValueKind == JsonValueKind.Object ? options.Constants : EmptyObject;
        var builder = RentBuilder();
        var budget = new RenderBudget(options.MaxOutputCharacters, options.MaxDuration, options.Cancellation);
        var context = new RenderContext(new ScriptContext(data, constants), builder, budget);
        var rendered = new ZipEntry?[_rawParts.Count];
        var current = "";
        try
        {
            for (var i = 0; i < _rawParts.Count; i++)
            {
                var name = current = _rawParts[i].Key;
                if (!_compiled.TryGetValue(name, out var part)) continue;
                builder.Clear();
                builder.EnsureCapacity(_sizeHints[i]);
                RenderNode.RenderAll(part.Nodes, context);
                budget.Check(builder.Length);
                if (part.RepeatsIds && context.Problems.Count == 0) _uniqueIds!.Apply(builder);
                budget.FinishPart(builder.Length);
                _sizeHints[i] = builder.Length + 256;
                if (context.Problems.Count == 0) rendered[i] = Pack(package, name, builder);
            }
        }
        catch (RenderBudgetExceededException e)
        {
            return [DiagnosticCatalog.OverBudget.Create(current, e.Message)];
        }
        finally
        {
            ReturnBuilder(builder);
        }
        if (context.Problems.Count > 0) return context.Problems;

        var images = context.Images;
        var properties = options.Properties;
        for (var i = 0; i < _rawParts.Count; i++)
        {
            if (rendered[i] is { } entry)
            {
                package.Entries.Add(entry);
                continue;
            }
            var (name, bytes) = _rawParts[i];
            var changed = name switch
            {
                PackageParts.ContentTypes when images.Count > 0 || (properties is not null && !_hasCoreProperties) =>
                    PackageParts.AddContentTypes(bytes, images.Select(im => im.Extension), properties is not null),
                _ when images.Count > 0 && name == _mainRelationships => PackageParts.AddImageRelationships(bytes, _mainPart, images),
                PackageParts.RootRelationships when properties is not null && !_hasCoreProperties => PackageParts.AddCorePropertiesRelationship(bytes),
                PackageParts.CoreProperties when properties is not null => PackageParts.CorePropertiesXml(properties),
                _ => bytes,
            };
            package.Entries.Add(ReferenceEquals(changed, bytes) ? Packed(i) : ZipEntry.Create(name, changed, package.Rent(changed.Length / 2 + 64)));
        }
        if (images.Count > 0 && !_hasMainRelationships)
        {
            var relationships = PackageParts.AddImageRelationships(PackageParts.EmptyRelationships, _mainPart, images);
            package.Entries.Add(ZipEntry.Create(_mainRelationships, relationships, package.Rent(relationships.Length / 2 + 64)));
        }
        if (properties is not null && !_hasCoreProperties)
        {
            var core = PackageParts.CorePropertiesXml(properties);
            package.Entries.Add(ZipEntry.Create(PackageParts.CoreProperties, core, package.Rent(core.Length / 2 + 64)));
        }
        foreach (var image in images) package.Entries.Add(ZipEntry.Create(image.PartName, image.Bytes));
        return [];
    }

    // A part that no render changes is compressed once, on first use, and shared by every render after. Two renders
    // racing here compute the same entry, so whichever wins is right.
    private ZipEntry Packed(int index)
    {
        var entry = Volatile.Read(ref _packed[index]);
        if (entry is not null) return entry;
        var (name, bytes) = _rawParts[index];
        entry = ZipEntry.Create(name, bytes);
        Volatile.Write(ref _packed[index], entry);
        return entry;
    }

    // The rendered XML goes to UTF-8 and then through deflate in pooled buffers: the part never exists as a string.
    private static ZipEntry Pack(RenderedPackage package, string name, StringBuilder builder)
    {
        var utf8 = new PooledBuffer(Encoding.UTF8.GetMaxByteCount(builder.Length));
        try
        {
            var encoder = Utf8Encoder;
            encoder.Reset();
            var remaining = builder.Length;
            foreach (var chunk in builder.GetChunks())
            {
                remaining -= chunk.Length;
                var span = utf8.GetSpan(Encoding.UTF8.GetMaxByteCount(chunk.Length));
                utf8.Advance(encoder.GetBytes(chunk.Span, span, flush: remaining == 0));
            }
            return ZipEntry.Create(name, utf8.Written, package.Rent(utf8.Written.Length / 4 + 256));
        }
        finally
        {
            utf8.Dispose();
        }
    }

    // One builder per thread, kept between renders: after the first render of a form it already has the capacity
    // the document needs, so rendering appends without growing. Render is synchronous, so the thread cannot change
    // under it; a builder grown past what any form needs is let go rather than kept for ever.
    private const int MaxKeptBuilderChars = 4 * 1024 * 1024;

    [ThreadStatic]
    private static StringBuilder? _threadBuilder;

    [ThreadStatic]
    private static Encoder? _threadEncoder;

    private static Encoder Utf8Encoder => _threadEncoder ??= new UTF8Encoding(false).GetEncoder();

    private static StringBuilder RentBuilder()
    {
        var builder = _threadBuilder ?? new StringBuilder(16 * 1024);
        _threadBuilder = null;
        return builder;
    }

    private static void ReturnBuilder(StringBuilder builder)
    {
        if (builder.Capacity > MaxKeptBuilderChars) return;
        builder.Clear();
        _threadBuilder = builder;
    }
}
