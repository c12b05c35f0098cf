using System.Runtime.CompilerServices;
using System.Text.Json;
using DocGen.Templates.Catalog;
using DocGen.Templates.Computation;
using DocGen.Templates.Engine;
using DocGen.Validation;

namespace DocGen.Filling;

/// <summary>
/// What <see cref="FormFiller"/> fills: a catalog version as it is, or an uploaded template (the template check),
/// judged by its own schema or a catalog version's and filled with that version's constants and computations.
/// </summary>
public sealed class FormToFill
{
    private static readonly JsonElement NoConstants = JsonDocument.Parse("{}").RootElement.Clone();
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

    public JsonElement Constants => Version?.Constants ?? NoConstants;

    public IReadOnlyList<ComputationSpec> Computations => Version?.Manifest.Computations ?? [];

    /// <summary>A catalog version, the same object for as long as the version stays loaded (a reloaded version is a new one).</summary>
    public static FormToFill Of(FormVersion version) =>
        Versions.GetValue(version, v => new FormToFill(v.Template, v.Schema, v));

    /// <summary>An uploaded template, checked against <paramref name="reference"/> when given.</summary>
    public static FormToFill Uploaded(DocxTemplate? template, FormSchema? schema, FormVersion? reference) => new(template, schema, reference);
}
