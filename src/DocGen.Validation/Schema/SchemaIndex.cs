using System.Text.Json;
using System.Text.RegularExpressions;

namespace DocGen.Validation.Schema;

/// <summary>What validation needs beyond the schema document: compiled patterns and resolved references.</summary>
internal sealed class SchemaIndex(JsonElement root, IReadOnlyDictionary<string, Regex> patterns, IReadOnlyDictionary<string, JsonElement> references)
{
    public JsonElement Root { get; } = root;

    public Regex Pattern(string pattern) => patterns[pattern];

    public bool TryResolve(string reference, out JsonElement target) => references.TryGetValue(reference, out target);
}
