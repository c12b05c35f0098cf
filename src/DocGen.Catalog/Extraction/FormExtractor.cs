using System.Runtime.CompilerServices;
using System.Text.Json;
using DocGen.Templates.Catalog;
using DocGen.Validation;

namespace DocGen.Templates.Extraction;

/// <summary>
/// Reads filled Word forms back into their JSON — whether DocGen filled them or a person typed into the blank
/// form — and tells which form a document is.
/// </summary>
public static class FormExtractor
{
    /// <summary>The share of a form's fixed text a document must show to be taken for that form.</summary>
    public const double RecognitionThreshold = 0.8;

    // Deeply nested alignments recurse once per block; a thread of its own keeps long forms off the request thread's stack.
    private const int AlignmentStackBytes = 64 * 1024 * 1024;

    private static readonly ConditionalWeakTable<FormVersion, StrongBox<FormPattern?>> Patterns = new();

    public static ExtractionResult Extract(FormVersion form, FilledDocument document, ValidationMode mode)
    {
        var pattern = PatternOf(form) ?? throw new InvalidOperationException($"{form.Key}: the template cannot be read as a pattern");
        Trail? trail = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                trail = new Aligner().Align(pattern.Body, document.Body);
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, AlignmentStackBytes);
        thread.Start();
        thread.Join();
        if (failure is not null) throw new InvalidOperationException($"{form.Key}: extraction failed", failure);
        var assembler = new DataAssembler(form.Schema.Root);
        assembler.Walk(trail!);
        var data = JsonSerializer.SerializeToElement(assembler.Data);
        return new ExtractionResult(form, data, form.Schema.Validate(data, mode), assembler.Unmatched);
    }

    /// <summary>Every form version with the share of its fixed text found in the document, best first.</summary>
    public static IReadOnlyList<RecognitionCandidate> Recognize(CatalogSnapshot catalog, FilledDocument document) =>
        Recognize(catalog.Forms.SelectMany(f => f.Versions), document);

    /// <summary>The given form versions with the share of their fixed text found in the document, best first.</summary>
    public static IReadOnlyList<RecognitionCandidate> Recognize(IEnumerable<FormVersion> versions, FilledDocument document) =>
        versions
            .Select(v => new RecognitionCandidate(v, Coverage(v, document)))
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.Form.Version, StringComparer.Ordinal)
            .ToList();

    private static double Coverage(FormVersion form, FilledDocument document)
    {
        var texts = PatternOf(form)?.FixedTexts;
        if (texts is null || texts.Count == 0) return 0;
        long found = 0, total = 0;
        foreach (var text in texts)
        {
            total += text.Length;
            if (document.ParagraphTexts.Contains(text) || document.Text.Contains(text, StringComparison.Ordinal)) found += text.Length;
        }
        return (double)found / total;
    }

    private static FormPattern? PatternOf(FormVersion form) =>
        Patterns.GetValue(form, v => new StrongBox<FormPattern?>(FormPattern.Build(v.TemplateBytes, v.Constants, v.Schema.Root))).Value;
}
