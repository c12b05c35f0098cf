using DocGen.Templates.Diagnostics;
using DocGen.Templates.Json;
using DocGen.Templates.Versions;
using DocGen.Validation.Schema;

namespace DocGen.Templates.Catalog;

/// <summary>
/// Checks a summary's <c>summary:</c> block against the catalog it is loaded with: every collected form exists, every
/// pointer names a field of its schema, every row field is one of the summary's. A mapping that points nowhere would
/// leave columns silently empty, so it keeps the version from being served, with the form.yaml line named.
/// </summary>
internal static class SummaryMappingCheck
{
    public static IReadOnlyList<Diagnostic> Check(FormVersion summary, Func<string, IReadOnlyList<FormVersion>?> versionsOf)
    {
        var spec = summary.Manifest.Summary!;
        var diagnostics = new List<Diagnostic>();
        void Problem(string path, string message)
        {
            var line = ManifestLines.Find(spec.Lines, path);
            var location = line is null ? "form.yaml" : $"form.yaml (line {line})";
            diagnostics.Add(DiagnosticCatalog.BadManifest.Create(location, $"{path}: {message}") with { Source = summary.Key });
        }

        if (spec.Sources.Count == 0) Problem("summary", "a summary must list the forms it collects (sources:)");
        var own = SchemaFields.Flatten(summary.Schema);
        for (var i = 0; i < spec.Sources.Count; i++)
        {
            var source = spec.Sources[i];
            var at = $"summary.sources[{i}]";
            if (!own.ContainsKey(source.Rows + "/*"))
            {
                Problem($"{at}.rows", $"\"{source.Rows}\" is not an array of rows in {summary.Id}'s schema");
                continue;
            }
            var rowFields = source.Fields.Keys.Concat(source.Values.Keys).ToList();
            foreach (var field in rowFields.Where(f => !own.ContainsKey(JsonPointer.Append(source.Rows + "/*", f))))
                Problem($"{at}.{(source.Fields.ContainsKey(field) ? "fields" : "values")}.{field}", $"the rows of {source.Rows} have no field \"{field}\"");
            foreach (var field in source.Fields.Keys.Intersect(source.Values.Keys))
                Problem($"{at}.values.{field}", $"\"{field}\" is both read from the form (fields) and fixed (values)");
            if (source.Key.Length > 0 && !rowFields.Contains(source.Key))
                Problem($"{at}.key", $"the key \"{source.Key}\" must be one of the row fields this source fills");
            if (versionsOf(source.Form) is not { Count: > 0 } versions)
            {
                Problem($"{at}.form", $"the catalog has no form \"{source.Form}\"");
                continue;
            }
            var theirs = versions.Select(v => SchemaFields.Flatten(v.Schema)).ToList();
            bool Known(string pointer) => theirs.Any(fields => fields.ContainsKey(JsonPaths.Generalize(pointer)));
            if (source.Each.Length > 0 && !Known(source.Each + "/*"))
                Problem($"{at}.each", $"\"{source.Each}\" is not an array of {source.Form}");
            foreach (var (field, declared) in source.Fields)
            {
                var pointers = SummarySourceSpec.PointersOf(declared);
                if (pointers.Count == 0) Problem($"{at}.fields.{field}", "a field is read from a JSON pointer or a list of them");
                foreach (var pointer in pointers)
                {
                    if (!pointer.StartsWith('/') || !Known(pointer))
                        Problem($"{at}.fields.{field}", $"\"{pointer}\" is not a field of {source.Form}");
                    else if (pointer.Contains("/*") && (source.Each.Length == 0 || !pointer.StartsWith(source.Each + "/*/", StringComparison.Ordinal)))
                        Problem($"{at}.fields.{field}", $"\"{pointer}\" takes a member with *, which only a source with each: {pointer[..pointer.IndexOf("/*", StringComparison.Ordinal)]} gives");
                }
            }
        }
        return diagnostics;
    }
}
