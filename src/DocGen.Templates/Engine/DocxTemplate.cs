using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocGen.Templates.Binding;
using DocGen.Templates.Diagnostics;
using DocGen.Templates.Packaging;
using DocGen.Templates.Parsing;
using DocGen.Templates.Rendering;

namespace DocGen.Templates.Engine;

/// <summary>
/// A compiled Word template. Compile once per template version; <see cref="Render"/> is then pure and
/// thread-safe: JSON in, DOCX bytes out, the same bytes for the same input.
/// </summary>
public sealed partial class DocxTemplate
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    private readonly List<KeyValuePair<string, byte[]>> _rawParts;
    private readonly Dictionary<string, CompiledPart> _compiled;
    private readonly int[] _sizeHints;

    private DocxTemplate(List<KeyValuePair<string, byte[]>> rawParts, Dictionary<string, CompiledPart> compiled)
    {
        _rawParts = rawParts;
        _compiled = compiled;
        _sizeHints = new int[rawParts.Count];
    }

    internal IEnumerable<CompiledPart> CompiledParts => _compiled.Values;

    /// <summary>Compiles a template; all problems are reported in the result, nothing is thrown for bad input.</summary>
    public static TemplateCompilation Compile(byte[] docx)
    {
        var diagnostics = new List<Diagnostic>();
        var package = DocxPackage.TryRead(docx, out var problem);
        if (package is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.BadPackage, DiagnosticSeverity.Error, "package", problem!));
            return new TemplateCompilation(null, diagnostics);
        }
        var compiled = new Dictionary<string, CompiledPart>();
        foreach (var (name, bytes) in package.Parts)
        {
            if (!HoldsTags(name)) continue;
            var part = PartCompiler.Compile(name, bytes, diagnostics);
            if (part is not null) compiled[name] = part;
        }
        if (package.Find(PackageParts.ContentTypes) is null)
            diagnostics.Add(new Diagnostic(DiagnosticCodes.BadPackage, DiagnosticSeverity.Error, "package", "the package has no [Content_Types].xml"));
        var template = new DocxTemplate(package.Parts, compiled);
        return new TemplateCompilation(diagnostics.Any(d => d.IsError) ? null : template, diagnostics) { PartialTemplate = template };
    }

    private static bool HoldsTags(string name) => name == "word/document.xml" || HeaderOrFooter().IsMatch(name);

    [GeneratedRegex(@"^word/(header|footer)\d*\.xml$")]
    private static partial Regex HeaderOrFooter();

    public RenderResult Render(JsonElement data, RenderOptions? options = null)
    {
        using var output = new MemoryStream();
        var problems = RenderTo(output, data, options);
        return problems.Count > 0 ? new RenderResult(null, problems) : new RenderResult(output.ToArray(), problems);
    }

    /// <summary>Renders into <paramref name="output"/>; when problems are returned, nothing usable was written.</summary>
    public IReadOnlyList<Diagnostic> RenderTo(Stream output, JsonElement data, RenderOptions? options = null)
    {
        options ??= new RenderOptions();
        var constants = options.Constants.ValueKind == JsonValueKind.Object ? options.Constants : EmptyObject;
        var context = new RenderContext(new Scope(data, constants), new StringBuilder());
        var parts = new List<KeyValuePair<string, byte[]>>(_rawParts.Count + 4);
        for (var i = 0; i < _rawParts.Count; i++)
        {
            var (name, bytes) = _rawParts[i];
            if (!_compiled.TryGetValue(name, out var part))
            {
                parts.Add(new(name, bytes));
                continue;
            }
            context.Output = new StringBuilder(Math.Max(_sizeHints[i], 1024));
            RenderNode.RenderAll(part.Nodes, context);
            _sizeHints[i] = context.Output.Length + 256;
            parts.Add(new(name, Encoding.UTF8.GetBytes(context.Output.ToString())));
        }
        if (context.Problems.Count > 0) return context.Problems;

        FinishPackage(parts, context.Images, options.Properties);
        DeterministicZipWriter.Write(output, parts);
        return [];
    }

    private static void FinishPackage(List<KeyValuePair<string, byte[]>> parts, List<EmbeddedImage> images, DocumentProperties? properties)
    {
        var hasCore = parts.Any(p => p.Key == PackageParts.CoreProperties);
        for (var i = 0; i < parts.Count; i++)
        {
            var (name, bytes) = parts[i];
            if (name == PackageParts.ContentTypes && (images.Count > 0 || (properties is not null && !hasCore)))
                parts[i] = new(name, PackageParts.AddContentTypes(bytes, images.Select(im => im.Extension), properties is not null));
            else if (name == PackageParts.DocumentRelationships && images.Count > 0)
                parts[i] = new(name, PackageParts.AddImageRelationships(bytes, images));
            else if (name == PackageParts.RootRelationships && properties is not null && !hasCore)
                parts[i] = new(name, PackageParts.AddCorePropertiesRelationship(bytes));
            else if (name == PackageParts.CoreProperties && properties is not null)
                parts[i] = new(name, PackageParts.CorePropertiesXml(properties));
        }
        if (properties is not null && !hasCore) parts.Add(new(PackageParts.CoreProperties, PackageParts.CorePropertiesXml(properties)));
        foreach (var image in images) parts.Add(new(image.PartName, image.Bytes));
    }
}
