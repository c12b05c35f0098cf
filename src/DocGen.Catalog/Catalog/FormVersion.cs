using System.Text.Json;
using DocGen.Templates.Computation;
using DocGen.Templates.Diagnostics;
using DocGen.Templates.Engine;
using DocGen.Validation;

namespace DocGen.Templates.Catalog;

/// <summary>One loaded, servable template version: manifest, schema, compiled template and samples.</summary>
public sealed class FormVersion
{
    internal FormVersion(string authority, string form, string version, string directory, FormManifest manifest, FormSchema schema,
        DocxTemplate template, byte[] templateBytes, JsonElement constants, IReadOnlyDictionary<string, string> samples, IReadOnlyList<Diagnostic> warnings)
    {
        Authority = authority;
        Form = form;
        Version = version;
        Directory = directory;
        Manifest = manifest;
        Schema = schema;
        Template = template;
        TemplateBytes = templateBytes;
        Constants = constants;
        Samples = samples;
        Warnings = warnings;
    }

    public string Authority { get; }
    public string Form { get; }
    public string Version { get; }
    public string Id => $"{Authority}/{Form}";
    /// <summary><c>authority/form@version</c>, the name diagnostics and PDFs carry.</summary>
    public string Key => $"{Id}@{Version}";
    public string Directory { get; }
    public FormManifest Manifest { get; }
    public FormSchema Schema { get; }
    public DocxTemplate Template { get; }
    public byte[] TemplateBytes { get; }
    public JsonElement Constants { get; }
    /// <summary>The notice file named by <c>source.file</c>, when it exists.</summary>
    public string? NoticePath { get; init; }
    /// <summary>Sample name (file name without .json) → full path.</summary>
    public IReadOnlyDictionary<string, string> Samples { get; }
    /// <summary>Lint warnings (unused schema fields, stray braces): the version is served regardless.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    public bool IsReconstructed => string.Equals(Manifest.Provenance, "reconstructed", StringComparison.Ordinal);

    /// <summary>Properties every rendered document carries, so a printed form can be traced to what produced it.</summary>
    public DocumentProperties PropertiesFor(string dataHash) => new(
        Manifest.Title,
        Subject: $"{Key} {Manifest.Provenance}{ConfidenceSuffix(" ")}",
        Keywords: $"{Key}; provenance={Manifest.Provenance}{ConfidenceSuffix("; confidence=")}; data-sha256={dataHash}",
        Description: IsReconstructed ? $"reconstructed: {Manifest.Basis}" : $"official: {Manifest.Notice.Title} {Manifest.Notice.Number} {Manifest.Attachment}".Trim(),
        Category: Manifest.AuthorityName);

    private string ConfidenceSuffix(string prefix) => Manifest.Confidence.Length > 0 ? prefix + Manifest.Confidence : "";

    /// <summary>The download name without extension, from the manifest's pattern and the data (the title when the pattern gives nothing).</summary>
    public string FileNameFor(JsonElement data) => FileNamePattern.Build(Manifest.FileName, Manifest.Title, data, Constants);

    public RenderOptions RenderOptionsFor(string dataHash) => new() { Constants = Constants, Properties = PropertiesFor(dataHash) };
}
