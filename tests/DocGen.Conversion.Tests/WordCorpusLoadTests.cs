using System.Text.Json;
using System.Text.RegularExpressions;
using DocGen.Templates.Engine;
using DocGen.Templates.Tests.Corpus;

namespace DocGen.Conversion.Tests;

/// <summary>Every rendered template of the Word corpus loads in LibreOffice and prints its values.</summary>
public sealed class WordCorpusLoadTests : IClassFixture<PoolFixture>
{
    private readonly LibreOfficePool _pool;

    public WordCorpusLoadTests(PoolFixture fixture) => _pool = fixture.Pool;

    [Fact]
    public async Task Every_rendered_corpus_template_loads_in_LibreOffice_with_its_values_on_the_page()
    {
        var failures = new List<string>();
        foreach (var corpusCase in WordCorpus.Cases)
        {
            var rendered = DocxTemplate.Compile(corpusCase.Template()).Template!.Render(JsonDocument.Parse(corpusCase.Data).RootElement).Document!;
            try
            {
                var result = await _pool.ConvertAsync(rendered, null, CancellationToken.None);
                using var pdf = new Poppler(result.Pdf);
                var text = Regex.Replace(pdf.Text(), @"\s+", string.Empty);
                var missing = corpusCase.Expected.Except(corpusCase.NotPrinted).Where(v => !text.Contains(Regex.Replace(v, @"\s+", string.Empty), StringComparison.Ordinal)).ToList();
                if (missing.Count > 0) failures.Add($"{corpusCase.Name}: missing {string.Join(", ", missing)}");
            }
            catch (PdfConversionException e)
            {
                failures.Add($"{corpusCase.Name}: {e.Message}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
