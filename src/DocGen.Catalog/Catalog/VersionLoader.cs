using System.Text.Json;
using System.Text.Json.Nodes;
using DocGen.Templates.Computation;
using DocGen.Templates.Diagnostics;
using DocGen.Templates.Engine;
using DocGen.Templates.Linting;
using DocGen.Templates.Notices;
using DocGen.Validation;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace DocGen.Templates.Catalog;

/// <summary>Loads one <c>templates/authority/form/version</c> folder, or explains every reason it cannot be served.</summary>
public static class VersionLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
    private static readonly HashSet<string> Provenances = ["official", "reconstructed"];
    private static readonly HashSet<string> Confidences = ["national-copy", "provincial-copy", "synthetic"];

    /// <summary>Loads a version folder named by its path (<c>…/authority/form/version</c>).</summary>
    public static (FormVersion? Version, IReadOnlyList<Diagnostic> Diagnostics) Load(string directory)
    {
        var full = new DirectoryInfo(Path.GetFullPath(directory));
        return Load(full.Parent?.Parent?.Name ?? "", full.Parent?.Name ?? "", full.Name, full.FullName);
    }

    public static (FormVersion? Version, IReadOnlyList<Diagnostic> Diagnostics) Load(string authority, string form, string version, string directory)
    {
        var key = $"{authority}/{form}@{version}";
        var diagnostics = new List<Diagnostic>();
        void Problem(DiagnosticKind kind, string file, string message) => diagnostics.Add(kind.Create(file, message) with { Source = key });

        var manifest = LoadManifest(Path.Combine(directory, "form.yaml"), authority, Problem);
        var chain = BaseChain(manifest, directory, Problem);
        var noticePath = manifest is null ? null : NoticeSource.Resolve(manifest.Source, directory,
            (severity, message) => diagnostics.Add(DiagnosticCatalog.BadManifest.Create("form.yaml", message, severity: severity) with { Source = key }));
        // A file is the version's own, else the nearest base's that has it (a base may itself stand on a base).
        string Own(string file) => chain.Prepend(directory).Select(d => Path.Combine(d, file)).FirstOrDefault(File.Exists) ?? Path.Combine(directory, file);
        var schema = LoadSchema(Own("schema.json"), Problem);
        var templatePath = Own("template.docx");
        byte[]? templateBytes = null;
        DocxTemplate? template = null;
        DocxTemplate? lintable = null;
        if (!File.Exists(templatePath))
        {
            Problem(DiagnosticCatalog.BadPackage, "template.docx", "the version has no template.docx");
        }
        else
        {
            templateBytes = File.ReadAllBytes(templatePath);
            var compilation = DocxTemplate.Compile(templateBytes);
            diagnostics.AddRange(compilation.Diagnostics.Select(d => d with { Source = key }));
            template = compilation.Template;
            lintable = compilation.PartialTemplate;
        }
        var constants = ConstantsOf(manifest, chain);
        if (lintable is not null && schema is not null)
            diagnostics.AddRange(TemplateLinter.Lint(lintable, schema.Root, constants).Select(d => d with { Source = key }));

        var samples = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var samplesDirectory = Path.Combine(directory, "samples");
        if (Directory.Exists(samplesDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(samplesDirectory, "*.json"))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                samples[name] = file;
                if (schema is not null) CheckSample(file, name, schema, manifest?.Computations ?? [], Problem);
            }
        }
        if (samples.Count == 0) Problem(DiagnosticCatalog.BadSample, "samples/", "the version has no sample (samples/*.json)");

        if (diagnostics.Any(d => d.IsError) || manifest is null || schema is null || template is null)
            return (null, diagnostics);
        return (new FormVersion(authority, form, version, directory, manifest, schema, template, templateBytes!, constants, samples, diagnostics) { NoticePath = noticePath }, diagnostics);
    }

    /// <summary>The base folders of a version folder, nearest first; problems are left to the version's own load.</summary>
    internal static List<string> BaseChain(string directory)
    {
        var yaml = Path.Combine(directory, "form.yaml");
        return BaseChain(File.Exists(yaml) ? TryManifest(yaml) : null, directory, (_, _, _) => { });
    }

    /// <summary>The folders of the versions named by <c>base:</c>, nearest first (at most four deep, no cycles).</summary>
    internal static List<string> BaseChain(FormManifest? manifest, string directory, Action<DiagnosticKind, string, string> problem)
    {
        var chain = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { Path.GetFullPath(directory) };
        var current = manifest;
        var from = directory;
        while (current is not null && BaseDirectory(current, from, problem) is { } next)
        {
            if (!visited.Add(Path.GetFullPath(next)) || chain.Count == 4)
            {
                problem(DiagnosticCatalog.BadManifest, "form.yaml", $"base \"{manifest!.Base}\" leads to a cycle or a chain deeper than 4");
                break;
            }
            chain.Add(next);
            var yaml = Path.Combine(next, "form.yaml");
            current = File.Exists(yaml) ? TryManifest(yaml) : null;
            from = next;
        }
        return chain;
    }

    private static FormManifest? TryManifest(string path)
    {
        try
        {
            return Yaml.Deserialize<FormManifest>(File.ReadAllText(path));
        }
        catch (YamlException)
        {
            return null; // the base reports its own problem when it is loaded
        }
    }

    /// <summary>The folder of the version named by <c>base:</c> (authority/form@version), beside this one in the same templates folder.</summary>
    private static string? BaseDirectory(FormManifest? manifest, string directory, Action<DiagnosticKind, string, string> problem)
    {
        if (manifest is null || string.IsNullOrWhiteSpace(manifest.Base)) return null;
        // Each name becomes a folder: none may climb out of the templates folder.
        if (FormReference.Parse(manifest.Base) is not { Version: { } version } reference
            || new[] { reference.Authority, reference.Form, version }.Any(p => p.Contains("..") || p.Contains('\\') || p.Contains('/')))
        {
            problem(DiagnosticCatalog.BadManifest, "form.yaml", $"base \"{manifest.Base}\" must name a version as authority/form@version");
            return null;
        }
        var root = Path.GetFullPath(Path.Combine(directory, "..", "..", ".."));
        var target = Path.Combine(root, reference.Authority, reference.Form, version);
        if (!Directory.Exists(target) || Path.GetFullPath(target) == Path.GetFullPath(directory))
        {
            problem(DiagnosticCatalog.BadManifest, "form.yaml", $"base \"{manifest.Base}\" does not exist in the templates folder");
            return null;
        }
        return target;
    }

    private static FormManifest? LoadManifest(string path, string authority, Action<DiagnosticKind, string, string> problem)
    {
        if (!File.Exists(path))
        {
            problem(DiagnosticCatalog.BadManifest, "form.yaml", "the version has no form.yaml");
            return null;
        }
        FormManifest? manifest;
        var text = File.ReadAllText(path);
        try
        {
            manifest = Yaml.Deserialize<FormManifest>(text);
        }
        catch (YamlException e)
        {
            problem(DiagnosticCatalog.BadManifest, $"form.yaml (line {e.Start.Line})", (e.InnerException ?? e).Message);
            return null;
        }
        if (manifest is null)
        {
            problem(DiagnosticCatalog.BadManifest, "form.yaml", "form.yaml is empty");
            return null;
        }
        if (manifest.Summary is not null) manifest.Summary.Lines = ManifestLines.Of(text, "summary");
        if (string.IsNullOrWhiteSpace(manifest.Title)) problem(DiagnosticCatalog.BadManifest, "form.yaml", "title is missing");
        if (manifest.Authority != authority) problem(DiagnosticCatalog.BadManifest, "form.yaml", $"authority \"{manifest.Authority}\" does not match the folder \"{authority}\"");
        if (!Provenances.Contains(manifest.Provenance)) problem(DiagnosticCatalog.BadManifest, "form.yaml", "provenance must be \"official\" or \"reconstructed\"");
        if (manifest.Provenance == "reconstructed" && string.IsNullOrWhiteSpace(manifest.Basis))
            problem(DiagnosticCatalog.BadManifest, "form.yaml", "a reconstructed form must state its basis");
        CheckConfidence(manifest, problem);
        return manifest;
    }

    // A reconstruction says how sure it is and, unless it is synthetic, which copies it stands on.
    private static void CheckConfidence(FormManifest manifest, Action<DiagnosticKind, string, string> problem)
    {
        if (manifest.Provenance == "official")
        {
            if (manifest.Confidence.Length > 0)
                problem(DiagnosticCatalog.BadManifest, "form.yaml", "confidence applies to reconstructed forms only (an official form is the notice's own text)");
        }
        else if (manifest.Provenance == "reconstructed" && !Confidences.Contains(manifest.Confidence))
        {
            problem(DiagnosticCatalog.BadManifest, "form.yaml", "a reconstructed form must state its confidence: national-copy, provincial-copy or synthetic");
        }

        if (manifest.Confidence is "national-copy" or "provincial-copy" && manifest.Consulted.Count == 0)
            problem(DiagnosticCatalog.BadManifest, "form.yaml", $"confidence {manifest.Confidence} must list the copies consulted (consulted:)");
        for (var i = 0; i < manifest.Consulted.Count; i++)
        {
            var source = manifest.Consulted[i];
            foreach (var (name, value) in new[] { ("title", source.Title), ("address", source.Address), ("took", source.Took) })
            {
                if (string.IsNullOrWhiteSpace(value))
                    problem(DiagnosticCatalog.BadManifest, "form.yaml", $"consulted[{i}].{name} is missing");
            }
        }
    }

    private static FormSchema? LoadSchema(string path, Action<DiagnosticKind, string, string> problem)
    {
        if (!File.Exists(path))
        {
            problem(DiagnosticCatalog.BadSchema, "schema.json", "the version has no schema.json");
            return null;
        }
        var result = FormSchema.Load(File.ReadAllText(path));
        foreach (var message in result.Problems) problem(DiagnosticCatalog.BadSchema, "schema.json", message);
        return result.Schema;
    }

    // A sample is read and judged as a request is: computed fields filled in, then every rule of final mode.
    private static void CheckSample(string file, string name, FormSchema schema, IReadOnlyList<ComputationSpec> computations, Action<DiagnosticKind, string, string> problem)
    {
        var reading = FormDataReader.Read(File.ReadAllBytes(file));
        if (reading.Problem is { } unreadable)
        {
            problem(DiagnosticCatalog.BadSample, $"samples/{name}.json", unreadable.Exception is { } e ? $"not valid JSON: {e.Message}" : "the sample must be a JSON object ({…})");
            return;
        }
        using var document = reading.Document!;
        foreach (var error in FormRules.Apply(document.RootElement, schema, computations, ValidationMode.Final).Errors)
            problem(DiagnosticCatalog.BadSample, $"samples/{name}.json", error.ToString());
    }

    /// <summary>
    /// form.yaml constants as JSON, so templates read them through the same paths as data. A version on a
    /// base inherits the base's constants and overrides what its notice says differently (a later round
    /// names only its years).
    /// </summary>
    private static JsonElement ConstantsOf(FormManifest? manifest, List<string> chain)
    {
        var merged = new JsonObject();
        var layers = chain.AsEnumerable().Reverse().Select(d => TryManifest(Path.Combine(d, "form.yaml"))?.Constants).Append(manifest?.Constants);
        foreach (var layer in layers)
            if (layer is not null && ToJson(layer) is JsonObject constants) Merge(merged, constants);
        return JsonDocument.Parse(merged.ToJsonString()).RootElement.Clone();
    }

    private static void Merge(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source.ToList())
        {
            if (value is JsonObject inner && target[key] is JsonObject existing) Merge(existing, inner);
            else target[key] = value?.DeepClone();
        }
    }

    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        IDictionary<string, object?> map => new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key, ToJson(kv.Value)))),
        IDictionary<object, object?> map => new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key.ToString() ?? "", ToJson(kv.Value)))),
        IEnumerable<object?> list when value is not string => new JsonArray(list.Select(ToJson).ToArray()),
        _ => JsonValue.Create(value.ToString()),
    };
}
