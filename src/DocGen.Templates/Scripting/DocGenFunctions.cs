namespace DocGen.Templates.Scripting;

/// <summary>DocGen's functions by name. A closed list: a template cannot add behaviour.</summary>
internal static class DocGenFunctions
{
    private static readonly Dictionary<string, DocGenFunction> ByName = new DocGenFunction[]
    {
        new CheckFunction(), new ImageFunction(), new ParagraphsFunction(), new LinesFunction(),
        new NumberFunction(), new ChineseDateFunction(), new DefaultFunction(),
    }.ToDictionary(f => f.Name);

    public static IEnumerable<string> Names => ByName.Keys;

    public static DocGenFunction? Find(string name) => ByName.GetValueOrDefault(name);
}
