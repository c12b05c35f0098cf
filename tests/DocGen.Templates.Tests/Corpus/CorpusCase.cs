namespace DocGen.Templates.Tests.Corpus;

/// <summary>
/// One template of the corpus: how it is written, the data it is rendered with, the values that must appear in
/// the output (in the body, headers, footers, notes or comments) and those that must appear exactly once.
/// </summary>
public sealed record CorpusCase(string Name, WordFlavour Flavour, string Data, string[] Expected, string[] ExactlyOnce, string[] Absent)
{
    internal Func<WordWriter, WordPackage, string>? Write { get; init; }

    /// <summary>Expected values that stand where a printout does not show them (comments).</summary>
    public string[] NotPrinted { get; init; } = [];

    /// <summary>The template as the editor saved it.</summary>
    public byte[] Template()
    {
        var package = new WordPackage(Flavour);
        package.Body = Write!(new WordWriter(Flavour), package);
        return package.Build();
    }

    public override string ToString() => Name;
}
