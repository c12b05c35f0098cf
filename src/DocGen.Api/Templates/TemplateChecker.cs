using System.Text.Json;
using DocGen.Conversion;
using DocGen.Templates.Computation;
using DocGen.Templates.Diagnostics;
using DocGen.Templates.Engine;
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

        var (sample, sampleSource) = LoadSample(upload, reference, schema, diagnostics);

        var previews = new List<RenderPreview>();
        if (compilation.Template is { } template)
        {
            var options = new RenderOptions { Constants = constants };
            var jobs = new List<Task<RenderPreview>> { PreviewAsync("blank", "空白表单", template, Empty, options, diagnostics, cancellationToken) };
            if (sample is { } data) jobs.Add(PreviewAsync("sample", "示例填写", template, data, options, diagnostics, cancellationToken));
            previews.AddRange(await Task.WhenAll(jobs));
        }

        var views = diagnostics.Select(d => new CheckDiagnostic(d.Code, d.IsError ? "error" : "warning", d.Location, d.Message, d.Tag, d.ToString())).ToList();
        return new CheckReport(upload.TemplateName, schemaSource, sampleSource, views.Count(d => d.Severity == "error"), views.Count(d => d.Severity == "warning"), views, previews);
    }

    private static (FormSchema? Schema, string? Source) LoadSchema(CheckUpload upload, CatalogReference? reference, List<Diagnostic> diagnostics)
    {
        if (upload.Schema is { } text)
        {
            var loaded = FormSchema.Load(text);
            foreach (var problem in loaded.Problems) diagnostics.Add(new Diagnostic(DiagnosticCodes.BadSchema, DiagnosticSeverity.Error, upload.SchemaName ?? "schema.json", problem));
            return (loaded.Schema, upload.SchemaName ?? "schema.json");
        }
        return reference is null ? (null, null) : (reference.Version.Schema, $"{reference.Version.Key} schema.json");
    }

    /// <summary>The uploaded sample, else the reference version's first one; judged like a catalog sample (computed, then final mode).</summary>
    private static (JsonElement? Sample, string? Source) LoadSample(CheckUpload upload, CatalogReference? reference, FormSchema? schema, List<Diagnostic> diagnostics)
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
                diagnostics.Add(new Diagnostic(DiagnosticCodes.BadSample, DiagnosticSeverity.Error, source, $"not valid JSON: {e.Message.Split(" LineNumber:")[0]} (line {(e.LineNumber ?? 0) + 1})"));
                return (null, source);
            }
            if (data.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.BadSample, DiagnosticSeverity.Error, source, "the sample must be a JSON object ({…})"));
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
        else return (null, null);

        var (computed, mismatches) = FormComputer.Apply(data, reference?.Version.Manifest.Computations ?? []);
        var errors = (schema?.Validate(computed, ValidationMode.Final) ?? []).Concat(mismatches);
        foreach (var error in errors) diagnostics.Add(new Diagnostic(DiagnosticCodes.BadSample, DiagnosticSeverity.Error, source, error.ToString()));
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
            return new RenderPreview(kind, title, rendered.Document, null, [], 0, $"PDF 转换失败：{e.Message}");
        }
        var (pages, count, problem) = await previewer.RenderAsync(pdf, cancellationToken);
        return new RenderPreview(kind, title, rendered.Document, pdf, pages, count, problem);
    }
}
