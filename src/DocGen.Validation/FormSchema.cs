using System.Text.Json;
using DocGen.Validation.Schema;
using DocGen.Validation.Walking;

namespace DocGen.Validation;

/// <summary>
/// The data schema of one form version (a subset of JSON Schema 2020-12 with Chinese titles, see
/// docs/catalog.md). Load it once with <see cref="Load"/>; an instance is immutable and can validate data
/// from many threads at once.
/// </summary>
public sealed class FormSchema
{
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 256 };

    private readonly SchemaIndex _index;
    private readonly Labeler _labeler;

    private FormSchema(SchemaIndex index)
    {
        _index = index;
        _labeler = new Labeler(index);
    }

    /// <summary>The schema document, for tools that read titles and descriptions themselves.</summary>
    public JsonElement Root => _index.Root;

    /// <summary>
    /// The schema that <paramref name="schema"/>'s <c>$ref</c>s lead to, followed through the references checked at
    /// load (any pointer inside the document, <c>#/$defs/…</c> or <c>#/definitions/…</c>); a schema without one as it is.
    /// </summary>
    public JsonElement Resolve(JsonElement schema)
    {
        // Loops were refused at load; the bound only keeps the walk finite whatever is passed in.
        for (var hops = 0; hops < 64 && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference)
            && reference.ValueKind == JsonValueKind.String && _index.TryResolve(reference.GetString()!, out var target); hops++)
        {
            schema = target;
        }

        return schema;
    }

    /// <summary>
    /// Parses a schema and checks it: invalid JSON, unknown type names or formats, invalid regular
    /// expressions, keywords with values of the wrong kind, unresolvable or looping <c>$ref</c>s and
    /// unsupported JSON Schema keywords are all reported together. The schema is null when there is any problem.
    /// </summary>
    public static SchemaLoadResult Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json, ParseOptions);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            var reason = e.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            reason = cut > 0 ? reason[..cut] : reason;
            return new SchemaLoadResult(null, [$"(root): invalid JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}: {reason}"]);
        }

        var checker = new SchemaChecker(root);
        var problems = checker.Check();
        return problems.Count > 0
            ? new SchemaLoadResult(null, problems)
            : new SchemaLoadResult(new FormSchema(checker.BuildIndex()), []);
    }

    /// <summary>
    /// Validates form data and returns every problem, in document order, with Chinese messages. Never throws
    /// for any data; work is capped (at most 1000 errors, a bounded number of steps and one second of pattern
    /// matching in all, then a closing note with an empty pointer).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired (the client is gone).</exception>
    public IReadOnlyList<DataError> Validate(JsonElement data, ValidationMode mode, CancellationToken cancellationToken = default) =>
        DataValidator.Run(_index, _labeler, data, mode, cancellationToken);

    /// <summary>
    /// The Chinese label of the field at a data pointer such as <c>/projects/0/name</c>: the field's
    /// <c>title</c>, or for an array item without one the array's title with its position (<c>企业形象照片第2张</c>).
    /// Null when the schema does not describe the pointer or gives no title.
    /// </summary>
    public string? LabelAt(string pointer)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        return _labeler.LabelAt(pointer);
    }
}
