using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DocGen.Templates.Engine;

namespace DocGen.Render.Bench;

/// <summary>
/// The shared benchmark form (11 pages, a 50-row loop, 16 check boxes) that Carbone and docxtemplater render in
/// their own benchmarks: template compiled once, then JSON → DOCX bytes, the same work the peers time.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[MaxColumn]
public class SharedFormBenchmarks
{
    private DocxTemplate _template = null!;
    private JsonDocument _data = null!;
    private readonly MemoryStream _output = new();

    [GlobalSetup]
    public void Setup()
    {
        var compilation = DocxTemplate.Compile(File.ReadAllBytes(Repository.SharedForm("template.docx")));
        _template = compilation.Template ?? throw new InvalidOperationException(string.Join("\n", compilation.Diagnostics));
        _data = JsonDocument.Parse(File.ReadAllBytes(Repository.SharedForm("data.json")));
    }

    /// <summary>The API's path: a new byte array per document.</summary>
    [Benchmark(Baseline = true)]
    public int Render() => _template.Render(_data.RootElement).Document!.Length;

    /// <summary>Into a stream the caller reuses (a response body, a batch ZIP): no array for the whole document.</summary>
    [Benchmark]
    public long RenderToStream()
    {
        _output.SetLength(0);
        _template.RenderTo(_output, _data.RootElement);
        return _output.Length;
    }

    [GlobalCleanup]
    public void Cleanup() => _data.Dispose();
}
