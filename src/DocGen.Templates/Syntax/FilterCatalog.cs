using DocGen.Templates.Diagnostics;

namespace DocGen.Templates.Syntax;

/// <summary>The filters a tag may use, with the arguments each accepts. A closed list: templates cannot add behaviour.</summary>
internal static class FilterCatalog
{
    private sealed record Signature(int MinArgs, int MaxArgs, bool MustBeLast, Func<object, bool> ArgumentOk, string Usage);

    private static readonly Func<object, bool> AnyLiteral = _ => true;
    private static readonly Func<object, bool> Text = a => a is string;
    private static readonly Func<object, bool> Number = a => a is double;

    private static readonly Dictionary<string, Signature> Signatures = new()
    {
        ["lines"] = new(0, 0, true, AnyLiteral, "| lines"),
        ["paragraphs"] = new(0, 0, true, AnyLiteral, "| paragraphs"),
        ["number"] = new(0, 1, false, a => a is double d && d >= 0 && d <= 10 && d == Math.Floor(d), "| number 2"),
        ["date"] = new(0, 1, false, a => a is "day" or "month" or "year", "| date, | date \"month\", | date \"year\""),
        ["default"] = new(1, 1, false, Text, "| default \"text\""),
        ["join"] = new(0, 1, false, Text, "| join \"、\""),
        ["check"] = new(0, 1, true, AnyLiteral, "| check \"value\""),
        ["image"] = new(0, 2, true, a => a is double d && d > 0 && d <= 60, "| image, | image 5 (max width cm), | image 5 4 (and max height cm)"),
    };

    public static IEnumerable<string> Names => Signatures.Keys;

    public static void Check(IReadOnlyList<FilterCall> filters)
    {
        for (var i = 0; i < filters.Count; i++)
        {
            var filter = filters[i];
            if (!Signatures.TryGetValue(filter.Name, out var signature))
                throw new TagSyntaxException(DiagnosticCodes.BadFilter, $"unknown filter \"{filter.Name}\" (known: {string.Join(", ", Signatures.Keys)})");
            if (filter.Arguments.Count < signature.MinArgs || filter.Arguments.Count > signature.MaxArgs || !filter.Arguments.All(signature.ArgumentOk))
                throw new TagSyntaxException(DiagnosticCodes.BadFilter, $"filter \"{filter.Name}\" has wrong arguments; use {signature.Usage}");
            if (signature.MustBeLast && i != filters.Count - 1)
                throw new TagSyntaxException(DiagnosticCodes.BadFilter, $"filter \"{filter.Name}\" must be the last filter of the tag");
        }
    }
}
