using System.Text.Json;
using DocGen.Conversion;
using DocGen.Filling.Batch;
using DocGen.Templates.Computation;
using DocGen.Templates.Diagnostics;
using DocGen.Templates.Engine;
using DocGen.Templates.Inspection;
using DocGen.Templates.Linting;
using DocGen.Validation;

namespace DocGen.Api.Templates;

/// <summary>
/// Runs the checks a version folder gets when it is published (compile, schema, lint, sample), on uploaded
/// files instead of a folder, and renders the blank and sample forms so the official sees the layout.
/// </summary>
internal sealed class TemplateChecker(IPdfConverter? converter, PagePreviewer previewer)
{
    private static readonly JsonElement Empty = JsonDocument.Parse("{}").RootElement.Clone();

    public async Task<CheckReport> CheckAsync(CheckUpload upload, CatalogReference? reference, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        var compilation = DocxTemplate.Compile(upload.Template);
        diagnostics.AddRange(compilation.Diagnostics);

        var (schema, schemaSource) = LoadSchema(upload, reference, diagnostics);
        var constants = reference?.Version.Constants ?? Empty;
        // Fields are linted only on a template that compiled: the engine keeps half-compiled templates to itself,
        // so a broken tag is reported first and field problems show once the tags parse.
        if (compilation.Template is { } compiled && schema is not null)
            diagnostics.AddRange(TemplateLinter.Lint(compiled, schema.Root, constants));

        var (sample, sampleSource) = LoadSample(upload, reference, schema, diagnostics, cancellationToken);

        var places = TagInventory.List(upload.Template);
        var pagesOfTags = PagesOfTagsAsync(upload.Template, places, cancellationToken);
        var previews = new List<RenderPreview>();
        if (compilation.Template is { } template)
        {
            var computations = reference?.Version.Manifest.Computations ?? [];
            var options = new RenderOptions { Constants = constants };
            var blank = FormComputer.Apply(Empty, computations).Data;
            var jobs = new List<Task<RenderPreview>> { PreviewAsync("blank", "空白表单", template, blank, options, diagnostics, cancellationToken) };
            if (sample is { } data) jobs.Add(PreviewAsync("sample", "示例填写", template, data, options, diagnostics, cancellationToken));
            previews.AddRange(await Task.WhenAll(jobs));
        }
        var pages = await pagesOfTags;

        var views = diagnostics.Select(d =>
        {
            var at = d.Tag is null ? -1 : FindPlace(places, d);
            var page = at < 0 ? null : pages[at];
            var kind = DiagnosticCatalog.Find(d.Code)!;
            return new CheckDiagnostic(d.Code, d.IsError ? "error" : "warning", kind.TitleZh, d.MessageZh, kind.Hint, d.Location, WordLocation.Describe(d.Location, page),
                at < 0 ? null : Context(places[at]), d.Message, d.Tag, d.ToString());
        }).ToList();
        var tags = schema is null
            ? places.Select((p, i) => new TemplateTag(p.Tag, WordLocation.Describe(p.Location, pages[i]), Context(p))).ToList()
            : [];
        var form = reference is null ? null : new CheckedForm(reference.Version.Id, reference.Version.Version, reference.Version.Manifest.Title,
            reference.Version.Manifest.AuthorityName, reference.Score is not null, reference.Score);
        return new CheckReport(upload.TemplateName, form, schemaSource, sampleSource,
            views.Count(d => d.Severity == "error"), views.Count(d => d.Severity == "warning"), views, tags, previews);
    }

    private static int FindPlace(IReadOnlyList<TagPlace> places, Diagnostic diagnostic)
    {
        for (var i = 0; i < places.Count; i++)
            if (places[i].Location == diagnostic.Location && places[i].Tag.Trim() == diagnostic.Tag!.Trim()) return i;
        for (var i = 0; i < places.Count; i++)
            if (places[i].Location == diagnostic.Location && places[i].Tag.Contains(diagnostic.Tag!.Trim(), StringComparison.Ordinal)) return i;
        return -1;
    }

    private static string Context(TagPlace place) => $"{place.Before}{place.Tag}{place.After}";

    /// <summary>
    /// The page of every tag in the template as Word lays it out, from a PDF of the template itself (tags as text).
    /// Without PDF conversion, or when the template cannot be converted, no page is given.
    /// </summary>
    private async Task<int?[]> PagesOfTagsAsync(byte[] template, IReadOnlyList<TagPlace> places, CancellationToken cancellationToken)
    {
        if (converter is null || places.Count == 0) return new int?[places.Count];
        try
        {
            var pdf = (await converter.ConvertAsync(template, new PdfConversionOptions { Title = "template" }, cancellationToken)).Pdf;
            return TagPages.Find(places, await previewer.TextAsync(pdf, cancellationToken));
        }
        catch (PdfConversionException)
        {
            return new int?[places.Count];
        }
    }

    private static (FormSchema? Schema, string? Source) LoadSchema(CheckUpload upload, CatalogReference? reference, List<Diagnostic> diagnostics)
    {
        if (upload.Schema is { } text)
        {
            var loaded = FormSchema.Load(text);
            foreach (var problem in loaded.Problems) diagnostics.Add(DiagnosticCatalog.BadSchema.Create(upload.SchemaName ?? "schema.json", problem));
            return (loaded.Schema, upload.SchemaName ?? "schema.json");
        }
        return reference is null ? (null, null) : (reference.Version.Schema, $"{reference.Version.Key} schema.json");
    }

    /// <summary>The uploaded sample, else the reference version's first one; judged like a catalog sample (computed, then final mode).</summary>
    private static (JsonElement? Sample, string? Source) LoadSample(
        CheckUpload upload, CatalogReference? reference, FormSchema? schema, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        JsonElement data;
        string source;
        if (upload.Sample is { } bytes)
        {
            source = upload.SampleName ?? "sample.json";
            try
            {
                using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
                data = document.RootElement.Clone();
            }
            catch (JsonException e)
            {
                diagnostics.Add(DiagnosticCatalog.BadSample.Create(source, $"not valid JSON: {e.Message.Split(" LineNumber:")[0]} (line {(e.LineNumber ?? 0) + 1})",
                    messageZh: $"示例数据不是有效的 JSON（第 {(e.LineNumber ?? 0) + 1} 行）"));
                return (null, source);
            }
            if (data.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(DiagnosticCatalog.BadSample.Create(source, "the sample must be a JSON object ({…})", messageZh: "示例数据必须是一个 JSON 对象（{…}）"));
                return (null, source);
            }
        }
        else if (reference is not null && reference.Version.Samples.Count > 0)
        {
            var (name, path) = reference.Version.Samples.First();
            source = $"{reference.Version.Key} samples/{name}.json";
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            data = document.RootElement.Clone();
        }
        else
        {
            return (null, null);
        }

        var (computed, mismatches) = FormComputer.Apply(data, reference?.Version.Manifest.Computations ?? []);
        var errors = (schema?.Validate(computed, ValidationMode.Final, cancellationToken) ?? []).Concat(mismatches);
        foreach (var error in errors) diagnostics.Add(DiagnosticCatalog.BadSample.Create(source, error.ToString(), messageZh: $"示例数据 {error.Pointer}：{error.Message}"));
        return (computed, source);
    }

    private async Task<RenderPreview> PreviewAsync(string kind, string title, DocxTemplate template, JsonElement data, RenderOptions options, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var rendered = template.Render(data, options);
        if (!rendered.Succeeded)
        {
            lock (diagnostics) diagnostics.AddRange(rendered.Problems);
            return new RenderPreview(kind, title, null, null, [], 0, "无法生成文档（见上方问题列表）");
        }
        if (converter is null)
            return new RenderPreview(kind, title, rendered.Document, null, [], 0, "本服务未启用 PDF 转换，无法预览页面；可下载 DOCX 查看");
        byte[] pdf;
        try
        {
            pdf = (await converter.ConvertAsync(rendered.Document!, new PdfConversionOptions { Title = title }, cancellationToken)).Pdf;
        }
        catch (PdfConversionException e)
        {
            return new RenderPreview(kind, title, rendered.Document, null, [], 0, $"PDF 转换失败：{PdfFailureText.Describe(e)}");
        }
        var (pages, count, problem) = await previewer.RenderAsync(pdf, cancellationToken);
        return new RenderPreview(kind, title, rendered.Document, pdf, pages, count, problem);
    }
}
