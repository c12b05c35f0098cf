using System.Runtime.CompilerServices;
using System.Text.Json;
using DocGen.Templates.Computation;
using DocGen.Templates.Engine;
using DocGen.Validation;

namespace DocGen.Templates.Catalog;

/// <summary>
/// What is filled: a catalog version as it is, or an uploaded template (the template check), judged by its own
/// schema or a catalog version's and filled with that version's constants and computations. Also the steps of a
/// fill that need no converter: read the JSON, compute and validate, render the DOCX. The fill pipeline
/// (<c>FormFiller</c>, which converts on top) and the catalog's tools (version diffs, notice coverage, dumps,
/// new versions) both take their documents from here, so a blank form is the same document everywhere.
/// </summary>
public sealed class FormToFill
{
    private static readonly JsonElement NoData = JsonDocument.Parse("{}").RootElement.Clone();
    private static readonly ConditionalWeakTable<FormVersion, FormToFill> Versions = new();

    private FormToFill(DocxTemplate? template, FormSchema? schema, FormVersion? version)
    {
        Template = template;
        Schema = schema;
        Version = version;
    }

    /// <summary>Null for an uploaded template that does not compile: its sample can still be judged.</summary>
    public DocxTemplate? Template { get; }

    /// <summary>Null when there is none to validate against; the data is then only computed.</summary>
    public FormSchema? Schema { get; }

    /// <summary>The catalog version filled, or the one an upload is checked against: its constants, computations, properties and names.</summary>
    public FormVersion? Version { get; }

    public JsonElement Constants => Version?.Constants ?? NoData;

    public IReadOnlyList<ComputationSpec> Computations => Version?.Manifest.Computations ?? [];

    /// <summary>A catalog version, the same object for as long as the version stays loaded (a reloaded version is a new one).</summary>
    public static FormToFill Of(FormVersion version) =>
        Versions.GetValue(version, v => new FormToFill(v.Template, v.Schema, v));

    /// <summary>An uploaded template, checked against <paramref name="reference"/> when given.</summary>
    public static FormToFill Uploaded(DocxTemplate? template, FormSchema? schema, FormVersion? reference) => new(template, schema, reference);

    /// <summary>Reads <paramref name="json"/> (depth limit, lone surrogates, hash) and judges it by the form's rules.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired (the client is gone).</exception>
    public PreparedData Prepare(ReadOnlyMemory<byte> json, ValidationMode mode, CancellationToken cancellationToken)
    {
        var reading = FormDataReader.Read(json);
        if (reading.Problem is { } problem) return new PreparedData(null, NoData, NoData, reading.Hash, problem, []);
        try
        {
            return Judge(reading.Document, reading.Document!.RootElement, reading.Hash, mode, cancellationToken);
        }
        catch
        {
            reading.Document!.Dispose();
            throw;
        }
    }

    /// <summary>Judges data the caller has read (and owns).</summary>
    public PreparedData Prepare(JsonElement data, string hash, ValidationMode mode, CancellationToken cancellationToken) =>
        Judge(null, data, hash, mode, cancellationToken);

    /// <summary>The blank form's data: nothing filled in, judged by the draft rules.</summary>
    public PreparedData PrepareBlank(CancellationToken cancellationToken) =>
        Judge(null, NoData, "blank", ValidationMode.Draft, cancellationToken);

    /// <summary>
    /// The DOCX of the data with what the form computes, whatever the data's problems (the template check shows the
    /// layout of a sample that breaks rules too); a template that did not compile renders nothing.
    /// </summary>
    public RenderResult Render(PreparedData prepared, CancellationToken cancellationToken)
    {
        if (Template is null) return new RenderResult(null, []);
        var options = (Version?.RenderOptionsFor(prepared.Hash) ?? new RenderOptions { Constants = Constants }) with { Cancellation = cancellationToken };
        return Template.Render(prepared.Computed, options);
    }

    /// <summary>The blank form's DOCX: no data, the version's constants (the document an official compares with the notice).</summary>
    /// <exception cref="InvalidOperationException">The template does not render without data.</exception>
    public byte[] RenderBlank()
    {
        using var blank = PrepareBlank(CancellationToken.None);
        var rendered = Render(blank, CancellationToken.None);
        return rendered.Document ?? throw new InvalidOperationException(
            $"{Version?.Key ?? "the template"}: the blank form does not render: {string.Join("; ", rendered.Problems)}");
    }

    private PreparedData Judge(JsonDocument? document, JsonElement data, string hash, ValidationMode mode, CancellationToken cancellationToken)
    {
        var (computed, errors) = FormRules.Apply(data, Schema, Computations, mode, cancellationToken);
        return new PreparedData(document, data, computed, hash, null, errors);
    }
}
