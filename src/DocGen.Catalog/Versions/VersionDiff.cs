using DocGen.Templates.Catalog;
using DocGen.Templates.Inspection;

namespace DocGen.Templates.Versions;

/// <summary>
/// The differences between two versions of a form as an official or an enterprise sees them: the blank forms'
/// text and table rows (with their merges), then the schema's fields. A paragraph or row that was reworded is one
/// change, not a removal and an addition.
/// </summary>
public static class VersionDiff
{
    /// <summary>Below this share of common characters a removed and an added piece are two changes, not one rewording.</summary>
    private const double SameUnit = 0.5;

    public static VersionComparison Compare(FormVersion from, FormVersion to)
    {
        var changes = new List<VersionChange>();
        changes.AddRange(Compare(DocumentOutline.Read(FormToFill.Of(from).RenderBlank()), DocumentOutline.Read(FormToFill.Of(to).RenderBlank())));
        changes.AddRange(CompareFields(SchemaFields.Flatten(from.Schema), SchemaFields.Flatten(to.Schema)));
        return new VersionComparison(from.Key, to.Key, changes);
    }

    public static IEnumerable<VersionChange> Compare(IReadOnlyList<OutlineUnit> from, IReadOnlyList<OutlineUnit> to)
    {
        foreach (var hunk in SequenceDiff.Hunks(from, to, u => u.Key))
        {
            var removed = Enumerable.Range(hunk.FromStart, hunk.FromCount).Select(i => from[i]).ToList();
            var added = Enumerable.Range(hunk.ToStart, hunk.ToCount).Select(i => to[i]).ToList();
            var pairs = Pair(removed, added);
            var paired = new Dictionary<OutlineUnit, OutlineUnit>(pairs.Select(p => KeyValuePair.Create(p.Value, p.Key)), ReferenceEqualityComparer.Instance);
            // In the old document's order: a removed piece comes before the changed pieces that follow it.
            var next = 0;
            foreach (var unit in added)
            {
                if (!paired.TryGetValue(unit, out var before))
                {
                    yield return new VersionChange(unit.Location, VersionChange.Added, null, unit.Display);
                    continue;
                }
                for (; removed[next] != before; next++)
                    if (!pairs.ContainsKey(removed[next])) yield return Removed(removed[next]);
                next++;
                var location = before.Location == unit.Location ? unit.Location : $"{unit.Location}（原{before.Location}）";
                yield return new VersionChange(location, VersionChange.Changed, before.Display, unit.Display);
            }
            for (; next < removed.Count; next++)
                if (!pairs.ContainsKey(removed[next])) yield return Removed(removed[next]);
        }
    }

    private static VersionChange Removed(OutlineUnit unit) => new(unit.Location, VersionChange.Removed, unit.Display, null);

    // In order, each removed piece takes the first later added piece of its kind that shares enough of its text.
    private static Dictionary<OutlineUnit, OutlineUnit> Pair(List<OutlineUnit> removed, List<OutlineUnit> added)
    {
        var pairs = new Dictionary<OutlineUnit, OutlineUnit>(ReferenceEqualityComparer.Instance);
        var next = 0;
        foreach (var unit in removed)
        {
            for (var j = next; j < added.Count; j++)
            {
                var candidate = added[j];
                if (candidate.Kind != unit.Kind || Similarity(unit.Key, candidate.Key) < SameUnit) continue;
                pairs[unit] = candidate;
                next = j + 1;
                break;
            }
        }
        return pairs;
    }

    private static double Similarity(string a, string b) =>
        a.Length + b.Length == 0 ? 1 : 2.0 * Lcs.Length(a, b) / (a.Length + b.Length);

    private static IEnumerable<VersionChange> CompareFields(IReadOnlyDictionary<string, string> from, IReadOnlyDictionary<string, string> to)
    {
        foreach (var (pointer, before) in from)
        {
            if (!to.TryGetValue(pointer, out var after)) yield return new VersionChange($"字段 {pointer}", VersionChange.Removed, before, null);
            else if (after != before) yield return new VersionChange($"字段 {pointer}", VersionChange.Changed, before, after);
        }
        foreach (var (pointer, after) in to)
            if (!from.ContainsKey(pointer)) yield return new VersionChange($"字段 {pointer}", VersionChange.Added, null, after);
    }
}
