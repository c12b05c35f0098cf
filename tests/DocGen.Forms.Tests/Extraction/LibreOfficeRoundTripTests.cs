using System.Text;
using System.Text.Json;
using DocGen.Conversion;
using DocGen.Forms.Tests.Support;

namespace DocGen.Forms.Tests.Extraction;

/// <summary>
/// Every sample's document saved again by LibreOffice (as people's word processors do: new runs, new styles,
/// bookmarks, settings) and read back. One LibreOffice process converts them all; the fields that come back
/// equal are recorded per form in Cases/extraction-libreoffice.txt.
/// </summary>
public sealed class LibreOfficeRoundTripTests
{
    private const string Soffice = "/usr/lib/libreoffice/program/soffice";

    [Fact]
    public async Task EverySampleSavedAgainByLibreOfficeGivesItsDataBack()
    {
        var work = Directory.CreateTempSubdirectory("docgen-resave-");
        try
        {
            var cases = new List<(string Key, string Sample, string Name, string Data)>();
            foreach (var form in FormCases.Catalog.Current.Forms)
            {
                foreach (var version in form.Versions)
                {
                    foreach (var (sample, path) in version.Samples.OrderBy(s => s.Key, StringComparer.Ordinal))
                    {
                        var data = File.ReadAllText(path);
                        var name = $"{cases.Count:D3}.docx";
                        using var json = JsonDocument.Parse(data);
                        File.WriteAllBytes(Path.Combine(work.FullName, name), RoundTripTests.Render(version, json.RootElement));
                        cases.Add((version.Key, sample, name, data));
                    }
                }
            }

            await ResaveAsync(work.FullName, cases.Select(c => c.Name));

            var report = new StringBuilder();
            foreach (var (key, sample, name, data) in cases)
            {
                var resaved = Path.Combine(work.FullName, "out", name);
                Assert.True(File.Exists(resaved), $"LibreOffice did not save {key} {sample}");
                using var json = JsonDocument.Parse(data);
                report.Append(key).Append(' ').Append(sample).Append(": ")
                    .Append(RoundTripTests.Read(FormCases.Find(key), File.ReadAllBytes(resaved), json.RootElement));
            }
            Golden.Check(Repository.Cases, "extraction-libreoffice.txt", report.ToString());
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task ResaveAsync(string directory, IEnumerable<string> names)
    {
        string[] arguments = [$"-env:UserInstallation=file://{directory}/profile", "--headless", "--norestore", "--convert-to", "docx:MS Word 2007 XML", "--outdir", "out", .. names];
        var (exitCode, output, errors) = await ChildProcess.RunAsync(Soffice, arguments, ReadOnlyMemory<byte>.Empty, TimeSpan.FromMinutes(3), workingDirectory: directory);
        Assert.True(exitCode == 0, $"soffice exited with {exitCode}: {Encoding.UTF8.GetString(output)}{errors}");
    }
}
