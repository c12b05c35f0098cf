using DocGen.Conversion;
using DocGen.Templates.Catalog;
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
    private readonly FormFiller _filler = new(converter);

    public async Task<CheckReport> CheckAsync(CheckUpload upload, CatalogReference? reference, CheckComparison comparison, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        var compilation = DocxTemplate.Compile(upload.Template);
        diagnostics.AddRange(compilation.Diagnostics);

        var (schema, schemaSource) = LoadSchema(upload, reference, diagnostics);
        // The template is filled as the catalog fills its versions: the reference's constants and computations,
        // the blank and the sample through the same steps as the catalog's blank and filled documents.
        var form = FormToFill.Uploaded(compilation.Template, schema, reference?.Version);
        // Fields are linted only on a template that compiled: the engine keeps half-compiled templates to itself,
        // so a broken tag is reported first and field problems show once the tags parse. Without a schema only the
        // constants are looked at: without a catalog form they are empty, which changes the preview.
        if (compilation.Template is { } compiled)
            diagnostics.AddRange(TemplateLinter.Lint(compiled, schema?.Root ?? TemplateLinter.AnyData, reference?.Version.Constants));
        var unsetConstants = diagnostics.Any(d => d.Code == DiagnosticCatalog.UnsetConstant.Code);

        var (sampleSource, sampleBytes) = SampleOf(upload, reference);
        using var sample = sampleBytes is null ? null : form.Prepare(sampleBytes, ValidationMode.Final, cancellationToken);
        if (sample is not null) diagnostics.AddRange(SampleProblems(sample, sampleSource!));

        var places = TagInventory.List(upload.Template);
        var pagesOfTags = PagesOfTagsAsync(upload.Template, compilation.Template?.FontFamilies, places, cancellationToken);
        var previews = new List<RenderPreview>();
        if (compilation.Template is not null)
        {
            using var blank = form.PrepareBlank(cancellationToken);
            var jobs = new List<Task<RenderPreview>> { PreviewAsync("blank", "空白表单", form, blank, diagnostics, cancellationToken) };
            if (sample is { Unreadable: null }) jobs.Add(PreviewAsync("sample", "示例填写", form, sample, diagnostics, cancellationToken));
            var note = unsetConstants ? "未对照目录表单：模板中的 {{ form.… }} 常量为空（见上方警告），页数和版式可能与目录中的空白表单不同。" : null;
            previews.AddRange((await Task.WhenAll(jobs)).Select(preview => preview with { Note = note }));
        }
        var pages = await pagesOfTags;

        var headerFooters = HeaderFooterNames.Of(upload.Template);
        // A text box's tags stand in both of Word's copies of the box: one problem, said once.
        var views = diagnostics.Distinct().Select(d =>
        {
            var at = d.Tag is null ? -1 : FindPlace(places, d);
            var page = at < 0 ? null : pages[at];
            var kind = DiagnosticCatalog.Find(d.Code)!;
            return new CheckDiagnostic(d.Code, d.IsError ? "error" : "warning", kind.TitleZh, d.MessageZh, kind.Hint, d.Location, WordLocation.Describe(d.Location, page, headerFooters),
                at < 0 ? null : Context(places[at]), d.Message, d.Tag, d.ToString());
        }).ToList();
        var tags = schema is null
            ? places.Select((p, i) => new TemplateTag(p.Tag, WordLocation.Describe(p.Location, pages[i], headerFooters), Context(p))).ToList()
            : [];
        var checkedForm = reference is null ? null : new CheckedForm(reference.Version.Id, reference.Version.Version, reference.Version.Manifest.Title,
            reference.Version.Manifest.AuthorityName, reference.Score is not null, reference.Score);
        return new CheckReport(upload.TemplateName, comparison, checkedForm, schemaSource, sampleSource,
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
    private async Task<int?[]> PagesOfTagsAsync(byte[] template, IReadOnlyCollection<string>? fontFamilies, IReadOnlyList<TagPlace> places, CancellationToken cancellationToken)
    {
        if (converter is null || places.Count == 0) return new int?[places.Count];
        try
        {
            var pdf = (await converter.ConvertAsync(template, new PdfConversionOptions { Title = "template", FontFamilies = fontFamilies }, cancellationToken)).Pdf;
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

    /// <summary>The uploaded sample, else the reference version's first one.</summary>
    private static (string? Source, byte[]? Bytes) SampleOf(CheckUpload upload, CatalogReference? reference)
    {
        if (upload.Sample is { } bytes) return (upload.SampleName ?? "sample.json", bytes);
        if (reference is null || reference.Version.Samples.Count == 0) return (null, null);
        var (name, path) = reference.Version.Samples.First();
        return ($"{reference.Version.Key} samples/{name}.json", File.ReadAllBytes(path));
    }

    /// <summary>The sample judged like a catalog sample: computed, then every rule of final mode.</summary>
    private static IEnumerable<Diagnostic> SampleProblems(PreparedData sample, string source)
    {
        if (sample.Unreadable is { } unreadable)
        {
            if (unreadable.Exception is { } e)
            {
                return [DiagnosticCatalog.BadSample.Create(source, $"not valid JSON: {e.Message.Split(" LineNumber:")[0]} (line {(e.LineNumber ?? 0) + 1})",
                    messageZh: $"示例数据不是有效的 JSON（第 {(e.LineNumber ?? 0) + 1} 行）")];
            }
            return [DiagnosticCatalog.BadSample.Create(source, "the sample must be a JSON object ({…})", messageZh: "示例数据必须是一个 JSON 对象（{…}）")];
        }
        return sample.Errors.Select(error => DiagnosticCatalog.BadSample.Create(source, error.ToString(), messageZh: $"示例数据 {error.Pointer}：{error.Message}"));
    }

    private async Task<RenderPreview> PreviewAsync(string kind, string title, FormToFill form, PreparedData data, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var result = await _filler.RenderAsync(form, data, OutputFormat.Pdf, cancellationToken);
        switch (result.Outcome)
        {
            case FillOutcome.NotRendered:
                lock (diagnostics) diagnostics.AddRange(result.RenderProblems);
                return new RenderPreview(kind, title, null, null, [], 0, "无法生成文档（见上方问题列表）");
            case FillOutcome.PdfUnavailable:
                return new RenderPreview(kind, title, result.Docx, null, [], 0, "本服务未启用 PDF 转换，无法预览页面；可下载 DOCX 查看");
            case FillOutcome.PdfFailed:
                return new RenderPreview(kind, title, result.Docx, null, [], 0, $"PDF 转换失败：{PdfFailureText.Describe(result.PdfFailure!)}");
            default:
                var (pages, count, problem) = await previewer.RenderAsync(result.Document!, cancellationToken);
                return new RenderPreview(kind, title, result.Docx, result.Document, pages, count, problem);
        }
    }
}
