using System.Text.Json;
using System.Text.RegularExpressions;
using DocGen.Templates.Catalog;
using DocGen.Templates.Inspection;
using DocGen.Templates.Notices;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace DocGen.Templates.Versions;

/// <summary>
/// Makes next year's version of a form from its new notice. The new folder stands on the previous version when
/// only constants change (years, issuer, attachment number), and is a full copy of the previous version's files
/// otherwise. Years shift by the distance between the version names; the notice's header gives the 文号, title and
/// date; the form's lines are found in the new notice by aligning it with the old one. What cannot be set is listed
/// for review: lines of the new notice the template lacks, and template text the new notice no longer has.
/// </summary>
public static partial class VersionCreator
{
    private static readonly ISerializer YamlOut = new SerializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections).Build();
    private static readonly IDeserializer YamlIn = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    /// <param name="noticeFile">The new notice, relative to the folder holding templates/ (notices/henan/….txt).</param>
    public static VersionDraft Create(CatalogForm form, string version, string noticeFile)
    {
        var previous = form.Latest;
        if (VersionOrder.Instance.Compare(version, previous.Version) <= 0)
            throw new ArgumentException($"version {version} must come after {previous.Key}");
        var directory = Path.Combine(Path.GetDirectoryName(previous.Directory)!, version);
        if (Directory.Exists(directory)) throw new ArgumentException($"{directory} already exists");
        var root = NoticeSource.RootFor(previous.Directory);
        var noticePath = Path.GetFullPath(Path.Combine(root, noticeFile));
        if (!File.Exists(noticePath)) throw new ArgumentException($"no notice {noticeFile} under {root}");
        if (previous.NoticePath is null || !LineRange.TryParse(previous.Manifest.Source.Lines, out var oldRange))
            throw new ArgumentException($"{previous.Key} names no notice lines to compare the new notice with");
        var oldNotice = NoticeDocument.Read(previous.NoticePath);
        var newNotice = NoticeDocument.Read(noticePath);
        var newRange = MapRange(oldNotice, newNotice, oldRange);

        var settings = new List<string>();
        var manifest = Copy(previous.Manifest);
        manifest.Notice = new FormManifest.NoticeInfo { Title = newNotice.Title, Number = newNotice.Number, Date = newNotice.Date };
        settings.Add($"notice: {newNotice.Title} {newNotice.Number} {newNotice.Date}".TrimEnd());
        manifest.Source = new FormManifest.SourceInfo { File = noticeFile, Lines = newRange.ToString() };
        settings.Add($"source: {noticeFile}:{newRange}");
        manifest.Migrate = new();
        var changes = new Dictionary<string, object?>();
        var constants = ToMap(previous.Constants);
        if (int.TryParse(version, out var newYear) && int.TryParse(previous.Version, out var oldYear) && newYear != oldYear)
            ShiftYears(constants, changes, newYear - oldYear, "", false, settings);
        var newLines = newNotice.Range(newRange).Select(l => (l.Number, Raw: l.Text.Trim(), Text: NoticeText.Normalize(NoticeText.Clean(l.Text)))).Where(l => l.Text.Length > 0).ToList();
        if (newLines.Select(l => AttachmentLabel().Match(l.Text)).FirstOrDefault(m => m.Success) is { } attachment && attachment.Value != NoticeText.Normalize(manifest.Attachment))
        {
            settings.Add($"attachment: {manifest.Attachment} → {attachment.Value}");
            manifest.Attachment = attachment.Value;
            if (constants.GetValueOrDefault("heading") is Dictionary<string, object?> heading && heading.ContainsKey("attachment"))
                Set(constants, changes, ["heading", "attachment"], attachment.Value, settings);
        }
        if (constants.GetValueOrDefault("issuer") is string issuer && newLines.FirstOrDefault(l => l.Text.EndsWith('制') && l.Text.Length <= 24 && l.Text != NoticeText.Normalize(issuer)).Raw is { } newIssuer
            && !newLines.Any(l => l.Text == NoticeText.Normalize(issuer)))
        {
            Set(constants, changes, ["issuer"], newIssuer, settings);
        }

        // First the light version: the previous one's files, this notice's constants.
        var standsOn = string.IsNullOrEmpty(previous.Manifest.Base) ? previous.Key : previous.Manifest.Base;
        manifest.Base = standsOn;
        manifest.Constants = string.IsNullOrEmpty(previous.Manifest.Base) ? changes : Merge(ToPlain(previous.Manifest.Constants), changes);
        Write(directory, manifest, previous, files: false);
        var (draft, diagnostics) = VersionLoader.Load(directory);
        var (missing, dropped) = draft is null ? ([], []) : Review(draft, oldNotice, oldRange, newLines);
        if (missing.Count > 0 || dropped.Count > 0 || draft is null)
        {
            // The text itself changes: a version of its own, to be edited.
            manifest.Base = "";
            manifest.Constants = constants;
            standsOn = null;
            Directory.Delete(directory, recursive: true);
            Write(directory, manifest, previous, files: true);
            (draft, diagnostics) = VersionLoader.Load(directory);
            if (draft is not null) (missing, dropped) = Review(draft, oldNotice, oldRange, newLines);
        }
        return new VersionDraft(directory, standsOn, settings, missing, dropped, diagnostics);
    }

    /// <summary>Where the old notice's lines of the form are in the new notice: the lines are aligned with their years masked.</summary>
    private static LineRange MapRange(NoticeDocument oldNotice, NoticeDocument newNotice, LineRange range)
    {
        static string Key(string line) => Digits().Replace(NoticeText.Normalize(NoticeText.Clean(line)), "#");
        var pairs = new List<(int Old, int New)>();
        int i = 0, j = 0;
        foreach (var hunk in SequenceDiff.Hunks(oldNotice.Lines, newNotice.Lines, Key).Append(new SequenceDiff.Hunk(oldNotice.Lines.Count, 0, newNotice.Lines.Count, 0)))
        {
            for (; i < hunk.FromStart; i++, j++) pairs.Add((i + 1, j + 1));
            i += hunk.FromCount;
            j += hunk.ToCount;
        }
        var inside = pairs.Where(p => p.Old >= range.First && p.Old <= range.Last && Key(oldNotice.Lines[p.Old - 1]).Length > 0).ToList();
        if (inside.Count == 0) throw new ArgumentException($"the new notice has none of the lines {range} of the old one");
        var first = inside[0].New - (inside[0].Old - range.First);
        var last = inside[^1].New + (range.Last - inside[^1].Old);
        return new LineRange(Math.Max(newNotice.FirstTextLine, first), Math.Min(newNotice.Lines.Count, last));
    }

    private static (List<ReviewItem> Missing, List<ReviewItem> Dropped) Review(FormVersion draft, NoticeDocument oldNotice, LineRange oldRange, List<(int Number, string Raw, string Text)> newLines)
    {
        var blank = NoticeCoverage.BlankText(draft);
        var outline = DocumentOutline.Read(FormToFill.Of(draft).RenderBlank());
        string? PlaceOf(string text) => outline.FirstOrDefault(u => u.Key.Contains(text, StringComparison.Ordinal))?.Location;
        var oldLines = oldNotice.Range(oldRange).Select(l => (l.Number, Raw: l.Text.Trim(), Text: NoticeText.Normalize(NoticeText.Clean(l.Text)))).Where(l => l.Text.Length > 0).ToList();
        var oldSet = oldLines.Select(l => l.Text).ToHashSet(StringComparer.Ordinal);
        var newSet = newLines.Select(l => l.Text).ToHashSet(StringComparer.Ordinal);
        var missing = new List<ReviewItem>();
        string? lastPlace = null;
        foreach (var line in newLines)
        {
            if (blank.Contains(line.Text, StringComparison.Ordinal)) lastPlace = PlaceOf(line.Text) ?? lastPlace;
            else if (!oldSet.Contains(line.Text))
                missing.Add(new ReviewItem($"通知第{line.Number}行" + (lastPlace is null ? "" : $"，模板{lastPlace}之后"), line.Raw));
        }
        var dropped = oldLines.Where(l => !newSet.Contains(l.Text) && blank.Contains(l.Text, StringComparison.Ordinal))
            .Select(l => new ReviewItem($"模板{PlaceOf(l.Text) ?? "中"}（原通知第{l.Number}行）", l.Raw)).ToList();
        return (missing, dropped);
    }

    private static void Write(string directory, FormManifest manifest, FormVersion previous, bool files)
    {
        Directory.CreateDirectory(Path.Combine(directory, "samples"));
        foreach (var (name, path) in previous.Samples) File.Copy(path, Path.Combine(directory, "samples", name + ".json"));
        if (files)
        {
            var chain = VersionLoader.BaseChain(previous.Directory).Prepend(previous.Directory).ToList();
            foreach (var file in new[] { "template.docx", "schema.json", "template.src.txt" })
                if (chain.Select(d => Path.Combine(d, file)).FirstOrDefault(File.Exists) is { } source) File.Copy(source, Path.Combine(directory, file));
        }
        File.WriteAllText(Path.Combine(directory, "form.yaml"), YamlOut.Serialize(manifest));
    }

    private static FormManifest Copy(FormManifest manifest) => YamlIn.Deserialize<FormManifest>(YamlOut.Serialize(manifest));

    private static void ShiftYears(Dictionary<string, object?> node, Dictionary<string, object?> changes, int by, string path, bool underYears, List<string> settings)
    {
        foreach (var (key, value) in node.ToList())
        {
            var isYears = underYears || key.Contains("year", StringComparison.OrdinalIgnoreCase);
            if (value is Dictionary<string, object?> inner) ShiftYears(inner, changes, by, $"{path}{key}.", isYears, settings);
            else if (isYears && int.TryParse(value?.ToString(), out var year) && year is >= 1900 and <= 2200)
                Set(node, changes, [.. path.Split('.', StringSplitOptions.RemoveEmptyEntries), key], year + by, settings, full: $"{path}{key}");
        }
    }

    // Sets a constant in the working copy (node is the map holding the last key) and in the changes, nested as in form.yaml.
    private static void Set(Dictionary<string, object?> node, Dictionary<string, object?> changes, string[] keys, object value, List<string> settings, string? full = null)
    {
        var target = node;
        if (full is null)
            foreach (var key in keys[..^1]) target = (Dictionary<string, object?>)target[key]!;
        settings.Add($"constant {string.Join('.', keys)}: {target.GetValueOrDefault(keys[^1])} → {value}");
        target[keys[^1]] = value;
        var change = changes;
        foreach (var key in keys[..^1])
        {
            if (change.GetValueOrDefault(key) is not Dictionary<string, object?> next) change[key] = next = new Dictionary<string, object?>();
            change = next;
        }
        change[keys[^1]] = value;
    }

    private static Dictionary<string, object?> Merge(Dictionary<string, object?> target, Dictionary<string, object?> source)
    {
        foreach (var (key, value) in source)
            target[key] = value is Dictionary<string, object?> inner && target.GetValueOrDefault(key) is Dictionary<string, object?> existing ? Merge(existing, inner) : value;
        return target;
    }

    private static Dictionary<string, object?> ToMap(JsonElement element) =>
        element.ValueKind != JsonValueKind.Object ? new() : element.EnumerateObject().ToDictionary(p => p.Name, p => (object?)(p.Value.ValueKind switch
        {
            JsonValueKind.Object => ToMap(p.Value),
            JsonValueKind.Array => p.Value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Object ? ToMap(e) : (object?)e.ToString()).ToList(),
            JsonValueKind.Null => null,
            _ => p.Value.ToString(),
        }));

    private static Dictionary<string, object?> ToPlain(Dictionary<string, object?> yaml) => ToMap(JsonSerializer.SerializeToElement(yaml));

    [GeneratedRegex("[0-9]")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^附件[0-9]+")]
    private static partial Regex AttachmentLabel();
}
