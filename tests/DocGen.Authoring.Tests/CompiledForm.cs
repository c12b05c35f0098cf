using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Authoring.Tests;

/// <summary>A source that must compile, opened for inspection.</summary>
internal sealed class CompiledForm : IDisposable
{
    private readonly WordprocessingDocument _document;

    private CompiledForm(byte[] bytes)
    {
        Bytes = bytes;
        _document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
    }

    public byte[] Bytes { get; }

    public WordprocessingDocument Document => _document;

    public Body Body => _document.MainDocumentPart!.Document.Body!;

    public Styles Styles => _document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;

    public static CompiledForm From(string source)
    {
        var result = FormSourceCompiler.Compile(source);
        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors.Select(e => $"{e.Line}: {e.Message}")));
        Assert.NotNull(result.Docx);
        return new CompiledForm(result.Docx);
    }

    public static string EveryFeatureSource() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sources", "every-feature.src.txt"));

    public Paragraph[] Paragraphs() => Body.Elements<Paragraph>().ToArray();

    public Table Table(int index = 0) => Body.Elements<Table>().ElementAt(index);

    public void Dispose() => _document.Dispose();
}
