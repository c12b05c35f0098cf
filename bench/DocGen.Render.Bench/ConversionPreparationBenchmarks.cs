using BenchmarkDotNet.Attributes;
using DocGen.Conversion.Preparation;
using DocGen.Templates.Catalog;

namespace DocGen.Render.Bench;

/// <summary>
/// What a filled document costs between rendering and LibreOffice: the pool's one pass over the package (external
/// references and comment marks removed, cost measured, font families found) for a large form, Henan's green-factory
/// self-evaluation filled with its sample. <see cref="Prepare"/> is the fill pipeline's path (the families
/// are the template's, read once per version); <see cref="PrepareFindingFonts"/> a caller that does not know them.
/// </summary>
[MemoryDiagnoser]
public class ConversionPreparationBenchmarks
{
    private byte[] _docx = null!;
    private IReadOnlyCollection<string> _families = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var catalog = new FormCatalog(Repository.Templates);
        var version = catalog.Current.Find("henan", "green-factory-self-evaluation")!.Latest;
        using var data = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(version.Samples.Values.Single()));
        _docx = version.Template.Render(data.RootElement, version.RenderOptionsFor("bench")).Document!;
        _families = version.Template.FontFamilies;
    }

    [Benchmark]
    public int Prepare() => PreparedDocument.Prepare(_docx, _families).Docx.Length;

    [Benchmark]
    public int PrepareFindingFonts() => PreparedDocument.Prepare(_docx, null).FontFamilies.Count;
}
