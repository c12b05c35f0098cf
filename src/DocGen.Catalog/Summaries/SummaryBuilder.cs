using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocGen.Templates.Catalog;
using DocGen.Templates.Extraction;
using DocGen.Templates.Json;
using DocGen.Templates.Packaging;
using DocGen.Validation;

namespace DocGen.Templates.Summaries;

/// <summary>
/// Fills a summary table (推荐汇总表, 案例汇总表) from the filled forms it collects, as its form.yaml
/// <c>summary:</c> maps them: each Word file is recognised by its fixed text and read back, each JSON item taken
/// as it is, and every collected form becomes a row (or one row per member of its <c>each:</c> array). Files are
/// added one at a time and only their rows are kept, so a large upload is never held read.
/// </summary>
public sealed class SummaryBuilder
{
    private readonly FormVersion _summary;
    private readonly CatalogSnapshot _catalog;
    private readonly SummarySpec _spec;
    private readonly JsonObject _data = new();
    private readonly List<(SummaryFile File, List<(string Rows, JsonArray List, JsonObject Row)> Rows)> _files = [];
    // The row fields set from form.yaml's values rather than read from a file: a file's own value replaces them.
    private readonly Dictionary<JsonObject, HashSet<string>> _fixed = new(ReferenceEqualityComparer.Instance);

    private SummaryBuilder(FormVersion summary, CatalogSnapshot catalog)
    {
        _summary = summary;
        _catalog = catalog;
        _spec = summary.Manifest.Summary!;
        foreach (var rows in _spec.Sources.Select(s => s.Rows).Distinct(StringComparer.Ordinal)) ListAt(rows);
    }

    /// <summary>A builder for a summary form; null when the form declares no <c>summary:</c> mapping.</summary>
    public static SummaryBuilder? For(FormVersion summary, CatalogSnapshot catalog) =>
        summary.Manifest.Summary is null ? null : new SummaryBuilder(summary, catalog);

    /// <summary>The forms this summary collects, <c>authority/form</c>, in the order form.yaml lists them.</summary>
    public IReadOnlyList<string> Accepts => _spec.Sources.Select(s => s.Form).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The summary's own fields outside its rows (推荐单位, 日期, 市): the ones a request may set.</summary>
    public IReadOnlyList<string> HeaderFields => HeaderSchemas().Select(h => h.Name).ToList();

    /// <summary>Files past the caller's limit, counted in the report but not read.</summary>
    public int Skipped { get; set; }

    /// <summary>Sets a header field from text; the message says why not (unknown field, not a number…).</summary>
    public string? SetHeader(string field, string value)
    {
        var schema = HeaderSchemas().Where(h => h.Name == field).Select(h => (JsonElement?)h.Schema).FirstOrDefault();
        if (schema is null)
            return $"“{field}”不是汇总表的表头字段；可设置：{string.Join("、", HeaderFields)}";
        var converted = FromText(value, schema);
        if (converted is null) return $"“{field}”应为{SchemaNavigator.TypeOf(schema)}（当前“{value}”）";
        _data[field] = converted;
        return null;
    }

    /// <summary>Adds every Word file of a ZIP, in archive order.</summary>
    /// <exception cref="UnreadableDocumentException">Not a ZIP, too many files, or too large unpacked.</exception>
    public void AddArchive(byte[] zip)
    {
        IEnumerable<(string Name, byte[]? Bytes, string? Problem)> entries;
        try
        {
            entries = DocumentArchive.Read(zip);
        }
        catch (InvalidDataException e)
        {
            throw new UnreadableDocumentException($"not a usable ZIP of Word documents: {e.Message}",
                $"不是可用的 Word 文档压缩包（.zip）：压缩包损坏、文件过多或解压后过大（{e.Message}）");
        }
        foreach (var (name, bytes, problem) in entries)
        {
            if (bytes is null) Refuse(name, SummaryFileStatus.Unreadable, problem!);
            else AddDocument(name, bytes);
        }
    }

    /// <summary>Recognises a filled Word form by its fixed text, reads it back and maps it.</summary>
    public void AddDocument(string name, byte[] docx)
    {
        FilledDocument document;
        try
        {
            document = FilledDocument.Read(docx);
        }
        catch (UnreadableDocumentException e)
        {
            Refuse(name, SummaryFileStatus.Unreadable, $"not a readable Word document (.docx): {e.Message}");
            return;
        }
        // Provinces copy national forms nearly word for word, so a document can pass for several forms: the
        // recognised form this summary collects wins over a closer one it does not. The collected forms are tried
        // first, and the rest of the catalog only to say what a document that is none of them is.
        var collected = Accepts.Select(id => id.Split('/')).SelectMany(id => _catalog.Find(id[0], id[1])?.Versions ?? []);
        var accepted = FormExtractor.Recognize(collected, document).FirstOrDefault(c => c.Score >= FormExtractor.RecognitionThreshold);
        if (accepted is null)
        {
            var candidates = FormExtractor.Recognize(_catalog, document);
            var best = candidates.FirstOrDefault();
            if (best is not null && best.Score >= FormExtractor.RecognitionThreshold)
            {
                Refuse(name, SummaryFileStatus.NotAccepted, $"{best.Form.Manifest.Title} ({best.Form.Key}) is not one of the forms {_summary.Id} collects: {string.Join(", ", Accepts)}",
                    best.Form.Id, best.Form.Version, best.Score);
            }
            else
            {
                Refuse(name, SummaryFileStatus.Unrecognized, "none of the catalog's forms; closest: "
                    + string.Join(", ", candidates.Take(3).Select(c => $"{c.Form.Key} ({c.Score.ToString("P0", CultureInfo.InvariantCulture)})")), recognition: best?.Score);
            }

            return;
        }
        var extracted = FormExtractor.Extract(accepted.Form, document, ValidationMode.Draft);
        Map(name, accepted.Form, JsonNode.Parse(extracted.Data.GetRawText()), accepted.Score);
    }

    /// <summary>
    /// Maps a JSON item: <c>{"form": "authority/form", "version": "…", "data": {…}}</c>, or the bare data when the
    /// summary collects one form only.
    /// </summary>
    public void AddData(string? name, JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            Refuse(name, SummaryFileStatus.Invalid, "an item must be a JSON object: {\"form\": \"authority/form\", \"version\": \"…\", \"data\": {…}}");
            return;
        }
        string id;
        string? version = null;
        JsonElement data;
        if (item.TryGetProperty("form", out var form) && form.ValueKind == JsonValueKind.String
            && item.TryGetProperty("data", out data) && data.ValueKind == JsonValueKind.Object)
        {
            id = form.GetString()!;
            if (item.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String) version = v.GetString();
        }
        else if (Accepts.Count == 1)
        {
            id = Accepts[0];
            data = item;
        }
        else
        {
            Refuse(name, SummaryFileStatus.Invalid, $"{_summary.Id} collects several forms ({string.Join(", ", Accepts)}): an item must say which, as {{\"form\": \"authority/form\", \"data\": {{…}}}}");
            return;
        }
        var parts = id.Split('/');
        var found = parts.Length == 2 ? _catalog.Find(parts[0], parts[1]) : null;
        if (found is null)
        {
            Refuse(name, SummaryFileStatus.Invalid, $"the catalog has no form \"{id}\"", id, version);
            return;
        }
        if (found.Find(version) is not { } formVersion)
        {
            Refuse(name, SummaryFileStatus.Invalid, $"{id} has no version \"{version}\"; versions: {string.Join(", ", found.Versions.Select(v => v.Version))}", id, version);
            return;
        }
        if (!Accepts.Contains(id))
        {
            Refuse(name, SummaryFileStatus.NotAccepted, $"{formVersion.Manifest.Title} ({formVersion.Key}) is not one of the forms {_summary.Id} collects: {string.Join(", ", Accepts)}", id, formVersion.Version);
            return;
        }
        Map(name, formVersion, JsonNode.Parse(data.GetRawText()), null);
    }

    /// <summary>Reports a file that was not read (over a limit, cut off, not JSON), with the reason.</summary>
    public void Refuse(string? name, SummaryFileStatus status, string message, string? form = null, string? version = null, double? recognition = null) =>
        _files.Add((new SummaryFile(_files.Count, name, status, form, version, Round(recognition), [], [], [], message), []));

    public SummaryResult Finish()
    {
        var data = JsonSerializer.SerializeToElement(_data);
        var results = _files.Select(f => f.File with
        {
            Rows = f.Rows.Select(r => new SummaryRow($"{r.Rows}/{r.List.IndexOf(r.Row)}", JsonSerializer.SerializeToElement(r.Row))).ToList(),
        }).ToList();
        var rows = _spec.Sources.Select(s => s.Rows).Distinct(StringComparer.Ordinal).ToDictionary(r => r, r => ListAt(r).Count, StringComparer.Ordinal);
        var errors = _summary.Schema.Validate(data, ValidationMode.Draft).Select(e => new ExtractionError(e.Pointer, e.Label, e.Message)).ToList();
        var report = new SummaryReport(_summary.Id, _summary.Version, _files.Count + Skipped, results.Count(r => r.Status == SummaryFileStatus.Mapped), Skipped, rows, results, errors);
        return new SummaryResult(_summary, data, report);
    }

    private void Map(string? name, FormVersion form, JsonNode? data, double? recognition)
    {
        var rows = new List<(string, JsonArray, JsonObject)>();
        var missing = new List<SummaryGap>();
        var conflicts = new List<SummaryConflict>();
        foreach (var source in _spec.Sources.Where(s => s.Form == form.Id))
        {
            var list = ListAt(source.Rows);
            var rowSchema = SchemaNavigator.Items(SchemaNavigator.At(_summary.Schema.Root, JsonPaths.Segments(source.Rows)));
            var members = source.Each.Length == 0 ? [null] : Enumerable.Range(0, (JsonPaths.Find(data, source.Each) as JsonArray)?.Count ?? 0).Select(i => (int?)i);
            foreach (var member in members)
            {
                var row = new JsonObject();
                foreach (var (field, declared) in source.Fields)
                {
                    var pointers = SummarySourceSpec.PointersOf(declared).Select(p => member is { } i ? p.Replace("/*/", $"/{i}/", StringComparison.Ordinal) : p).ToList();
                    var value = pointers.Select(p => ToRowValue(JsonPaths.Find(data, p), SchemaNavigator.Property(rowSchema, field))).FirstOrDefault(v => v is not null);
                    if (value is not null) row[field] = value;
                    else if (!missing.Any(m => m.Field == field))
                        missing.Add(new SummaryGap(field, TitleOf(rowSchema, field), pointers));
                }
                foreach (var (field, text) in source.Values)
                    row[field] = FromText(text, SchemaNavigator.Property(rowSchema, field)) ?? JsonValue.Create(text);
                _fixed[row] = [.. source.Values.Keys];
                rows.Add((source.Rows, list, Place(list, row, source.Key, conflicts)));
            }
        }
        _files.Add((new SummaryFile(_files.Count, name, SummaryFileStatus.Mapped, form.Id, form.Version, Round(recognition), [], missing, conflicts, null), rows));
    }

    // A row whose key matches one already made (the same factory's other report) completes that row instead: what
    // a file states replaces a fixed value (自评价 yields to the agency of a third-party report); otherwise the first
    // file's value stays and the other one is reported.
    private JsonObject Place(JsonArray list, JsonObject row, string key, List<SummaryConflict> conflicts)
    {
        var same = key.Length > 0 && row[key] is { } value
            ? list.OfType<JsonObject>().FirstOrDefault(r => r[key] is { } other && Normalise(other) == Normalise(value))
            : null;
        if (same is null)
        {
            list.Add(row);
            return row;
        }
        var keptFixed = _fixed[same];
        foreach (var (field, given) in row.ToList())
        {
            var givenFixed = _fixed[row].Contains(field);
            if (same[field] is not { } kept || (keptFixed.Contains(field) && !givenFixed))
            {
                same[field] = given!.DeepClone();
                if (givenFixed) keptFixed.Add(field);
                else keptFixed.Remove(field);
            }
            else if (!givenFixed && Normalise(kept) != Normalise(given!))
            {
                conflicts.Add(new SummaryConflict(field, Text(kept), Text(given!)));
            }
        }
        _fixed.Remove(row);
        return same;
    }

    private static string Normalise(JsonNode node) => string.Concat(Text(node).Where(c => !char.IsWhiteSpace(c)));

    private static string Text(JsonNode node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node.ToJsonString();

    // A value as the summary's column wants it: text columns take numbers, yes/no and lists as text; an empty value is none.
    private static JsonNode? ToRowValue(JsonNode? value, JsonElement? target)
    {
        if (value is null) return null;
        if (SchemaNavigator.TypeOf(target) is not ("string" or null)) return value.DeepClone();
        var text = value switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Trim(),
            JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString(),
            JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>() ? "是" : "否",
            JsonArray a when a.All(i => i is JsonValue) => string.Join("、", a.Select(i => ToRowValue(i, target)?.GetValue<string>()).Where(t => !string.IsNullOrEmpty(t))),
            _ => "",
        };
        return text.Length == 0 ? null : JsonValue.Create(text);
    }

    private static JsonNode? FromText(string text, JsonElement? schema) => SchemaNavigator.TypeOf(schema) switch
    {
        "boolean" => text.Trim() switch { "true" or "是" => JsonValue.Create(true), "false" or "否" => JsonValue.Create(false), _ => null },
        "integer" => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? JsonValue.Create(n) : null,
        "number" => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? JsonValue.Create(d) : null,
        _ => JsonValue.Create(text),
    };

    private IEnumerable<(string Name, JsonElement Schema)> HeaderSchemas()
    {
        var rows = _spec.Sources.Select(s => JsonPaths.Segments(s.Rows).FirstOrDefault()).ToHashSet();
        if (!_summary.Schema.Root.TryGetProperty("properties", out var properties)) yield break;
        foreach (var property in properties.EnumerateObject())
        {
            if (!rows.Contains(property.Name) && SchemaNavigator.TypeOf(property.Value) is "string" or "number" or "integer" or "boolean")
                yield return (property.Name, property.Value);
        }
    }

    private JsonArray ListAt(string pointer)
    {
        var node = _data;
        var segments = JsonPaths.Segments(pointer);
        for (var i = 0; i < segments.Length - 1; i++)
            node = node[segments[i]] as JsonObject ?? (JsonObject)(node[segments[i]] = new JsonObject());
        return node[segments[^1]] as JsonArray ?? (JsonArray)(node[segments[^1]] = new JsonArray());
    }

    private static string TitleOf(JsonElement? rowSchema, string field) =>
        SchemaNavigator.Property(rowSchema, field) is { } s && s.TryGetProperty("title", out var title) ? title.GetString() ?? field : field;

    private static double? Round(double? score) => score is { } s ? Math.Round(s, 3) : null;
}
