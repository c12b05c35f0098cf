using System.Text.Json;
using System.Text.Json.Nodes;
using DocGen.Templates.Catalog;
using DocGen.Templates.Json;
using DocGen.Validation;
using DocGen.Validation.Schema;

namespace DocGen.Templates.Versions;

/// <summary>
/// Carries data filled for one version of a form over to a later one: the fields each later version declares as
/// moved (form.yaml <c>migrate:</c>, old pointer → new pointer, <c>*</c> for every member of a list or object) are moved, values
/// the new version has no field for are dropped and listed, and the fields the new version asks for that the data
/// lacks are listed, so an enterprise starts next year's form from last year's answers.
/// </summary>
public static class DataMigration
{
    public static MigrationResult Migrate(CatalogForm form, FormVersion from, FormVersion to, JsonElement data)
    {
        var order = form.Versions.ToList();
        if (order.IndexOf(from) > order.IndexOf(to)) throw new ArgumentException($"{from.Key} is not older than {to.Key}");
        var node = JsonNode.Parse(data.GetRawText()) ?? new JsonObject();
        var moved = new List<MigrationMove>();
        var oldFields = SchemaFields.Flatten(from.Schema).Keys.ToHashSet(StringComparer.Ordinal);
        // Each version after the old one says where the fields of the version before it went.
        foreach (var step in order.Skip(order.IndexOf(from) + 1).Take(order.IndexOf(to) - order.IndexOf(from)))
        {
            foreach (var (source, target) in step.Manifest.Migrate)
            {
                var destination = PointerPattern.Parse(target);
                foreach (var match in PointerPattern.Parse(source).Match(node).Where(m => m.Exists))
                {
                    var place = destination.Bind(match.Bindings);
                    JsonPaths.Set(node, place, JsonPaths.Remove(node, match.Pointer));
                    moved.Add(new MigrationMove(match.Pointer, JsonPointer.Join(place)));
                }
                if (oldFields.Remove(source)) oldFields.Add(target);
            }
        }
        var newFields = SchemaFields.Flatten(to.Schema);
        var titles = SchemaFields.Titles(to.Schema);
        var dropped = new List<MigrationDrop>();
        foreach (var (pointer, general, _) in JsonPaths.Leaves(node).ToList())
        {
            if (newFields.ContainsKey(general)) continue;
            // The outermost part of the value the new version has no field for goes, whole.
            var depth = JsonPaths.Segments(general).Length;
            while (depth > 1 && !newFields.ContainsKey(JsonPaths.Prefix(general, depth - 1))) depth--;
            var outer = JsonPaths.Prefix(pointer, depth);
            if (dropped.Any(d => outer == d.Pointer || outer.StartsWith(d.Pointer + "/", StringComparison.Ordinal))) continue;
            dropped.Add(new MigrationDrop(outer, JsonPaths.Remove(node, outer)?.ToJsonString(JsonPaths.Readable)));
        }
        var migrated = JsonDocument.Parse(node.ToJsonString(JsonPaths.Readable)).RootElement.Clone();
        var computed = to.Manifest.Computations.Select(c => c.Field).ToHashSet(StringComparer.Ordinal);
        var missing = new Dictionary<string, MigrationGap>(StringComparer.Ordinal);
        var draftErrors = to.Schema.Validate(migrated, ValidationMode.Draft);
        var draft = draftErrors.Select(e => e.ToString()).ToHashSet(StringComparer.Ordinal);
        foreach (var error in to.Schema.Validate(migrated, ValidationMode.Final).Where(e => !draft.Contains(e.ToString())))
            if (!computed.Contains(JsonPaths.Generalize(error.Pointer))) missing.TryAdd(error.Pointer, new MigrationGap(error.Pointer, error.Label, Required: true));
        foreach (var pointer in newFields.Keys.Where(p => !oldFields.Contains(p) && !p.Contains('*') && !computed.Contains(p)))
        {
            if (!JsonPaths.Has(node, pointer) && !missing.Keys.Any(m => m.StartsWith(pointer, StringComparison.Ordinal) || pointer.StartsWith(m + "/", StringComparison.Ordinal)))
                missing.TryAdd(pointer, new MigrationGap(pointer, titles.GetValueOrDefault(pointer, pointer), Required: false));
        }

        return new MigrationResult(from.Key, to.Key, migrated, moved, missing.Values.OrderBy(m => m.Pointer, StringComparer.Ordinal).ToList(), dropped, draftErrors);
    }
}
