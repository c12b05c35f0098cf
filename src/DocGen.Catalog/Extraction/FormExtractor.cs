using System.Runtime.CompilerServices;
using System.Text.Json;
using DocGen.Templates.Catalog;
using DocGen.Validation;

namespace DocGen.Templates.Extraction;

/// <summary>
/// Reads filled Word forms back into their JSON — whether DocGen filled them or a person typed into the blank
/// form — and tells which form version a document or a template is a copy of, by the share of the version's fixed
/// text it shows: answers typed beside it or tags written in place of values (even mistyped ones) take nothing away.
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

    /// <summary>Builds the pattern of every version of the catalog, which recognition otherwise builds on first use.</summary>
    public static void Prepare(CatalogSnapshot catalog)
    {
        foreach (var version in catalog.Forms.SelectMany(f => f.Versions)) PatternOf(version);
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
            total += text.Printed.Length;
            if (Shows(document, text)) found += text.Printed.Length;
        }
        return (double)found / total;
    }

    /// <summary>
    /// Whether the document has the fixed text as printed or, being a template, as the template writes it: with tags
    /// where the version's constants go (a text that is little more than its constants is then taken as shown).
    /// </summary>
    private static bool Shows(FilledDocument document, FixedText text) =>
        document.ParagraphTexts.Contains(text.Printed) || document.Text.Contains(text.Printed, StringComparison.Ordinal)
        || (document.TextWithoutTags is { } template && text.Written != text.Printed
            && (text.Written.Length < 2 || template.Contains(text.Written, StringComparison.Ordinal)));

    private static FormPattern? PatternOf(FormVersion form) =>
        Patterns.GetValue(form, v => new StrongBox<FormPattern?>(FormPattern.Build(v.TemplateBytes, v.Constants, v.Schema.Root))).Value;
}
