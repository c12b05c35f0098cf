using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DocGen.Templates.Catalog;
using DocGen.Validation;

namespace DocGen.Render.Bench;

/// <summary>
/// DOCX render time and allocations of every form with its largest sample: validation, computation and
/// rendering, the work of one render request without HTTP. Templates are compiled once, as in the service.
/// </summary>
[MemoryDiagnoser]
public class FormRenderBenchmarks
{
    private FormCatalog _catalog = null!;
    private FormVersion _version = null!;
    private JsonDocument _data = null!;

    public static IEnumerable<string> Forms()
    {
        using var catalog = new FormCatalog(Repository.Templates);
        return catalog.Current.Forms.Select(f => f.Id).ToList();
    }

    [ParamsSource(nameof(Forms))]
    public string Form { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _catalog = new FormCatalog(Repository.Templates);
        var id = Form.Split('/');
        _version = _catalog.Current.Find(id[0], id[1])!.Latest;
        var largest = _version.Samples.Values.OrderByDescending(p => new FileInfo(p).Length).First();
        _data = JsonDocument.Parse(File.ReadAllBytes(largest));
    }

    [Benchmark]
    public int Render()
    {
        var form = FormToFill.Of(_version);
        using var prepared = form.Prepare(_data.RootElement, "bench", ValidationMode.Final, CancellationToken.None);
        return form.Render(prepared, CancellationToken.None).Document!.Length;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _data.Dispose();
        _catalog.Dispose();
    }
}
