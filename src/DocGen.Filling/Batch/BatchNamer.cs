using System.Text;
using System.Text.Json;
using DocGen.Templates.Catalog;
using DocGen.Validation;
using DocGen.Validation.Schema;

namespace DocGen.Filling.Batch;

/// <summary>
/// Names the documents of a batch from a field the caller chooses (a JSON pointer <c>/company/name</c> or a
/// path <c>company.name</c>), safe on every file system and unique in the archive even when Windows or macOS
/// unpack it without regard to case.
/// </summary>
public sealed class BatchNamer
{
    public const int MaxNameLength = 100;
    private readonly string[]? _segments;
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    private BatchNamer(string[]? segments, IEnumerable<string> reserved)
    {
        _segments = segments;
        foreach (var name in reserved) _taken.Add(name);
    }

    /// <summary>A namer for the field <paramref name="field"/> (null: the form's own file name), or why the field is not usable.</summary>
    public static (BatchNamer? Namer, string? Error) Create(string? field, params string[] reserved)
    {
        if (string.IsNullOrWhiteSpace(field)) return (new BatchNamer(null, reserved), null);
        var segments = !field.StartsWith('/') ? field.Split('.')
            : JsonPointer.TryParse(field, out var parsed) ? parsed.ToArray() : null;
        if (segments is null || segments.Length > 32 || segments.Any(s => s.Length == 0))
            return (null, $"name 应为 JSON 指针（/company/name）或字段路径（company.name）（当前“{field}”）");
        return (new BatchNamer(segments, reserved), null);
    }

    /// <summary>The chosen field's text (a string or a number), or null when the item lacks it or no field was chosen.</summary>
    public string? Pick(JsonElement data)
    {
        if (_segments is null || !JsonPointer.TryResolve(data, _segments, out var current)) return null;
        return current.ValueKind switch
        {
            JsonValueKind.String => JsonText.Read(current),
            JsonValueKind.Number => current.GetRawText(),
            _ => null,
        };
    }

    /// <summary>A file name for the archive, never one given before in this batch (<c>name (2).docx</c>).</summary>
    public string Unique(string? preferred, string fallback, string extension)
    {
        var stem = Sanitize(preferred);
        if (stem.Length == 0) stem = Sanitize(fallback);
        if (stem.Length == 0) stem = "document";
        var name = stem + extension;
        for (var n = 2; !_taken.Add(name); n++) name = $"{stem} ({n}){extension}";
        return name;
    }

    /// <summary>Drops what no file system accepts or what disguises a name (<see cref="FileNameRules"/>: bidi and other invisible characters, controls, lone surrogates), replaces separators and reserved characters, and escapes device names.</summary>
    public static string Sanitize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(Math.Min(text.Length, MaxNameLength + 8));
        for (var i = 0; i < text.Length && sb.Length < MaxNameLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (sb.Length + 2 > MaxNameLength) break;
                sb.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || FileNameRules.IsInvisible(c))
            {
                continue;
            }
            else if (c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|')
            {
                sb.Append('_');
            }
            else if (char.IsWhiteSpace(c))
            {
                sb.Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }
        var clean = sb.ToString().Trim().Trim('.').Trim();
        return FileNameRules.IsReservedDevice(clean) ? "_" + clean : clean;
    }
}
