using System.Diagnostics;
using System.Text;
using System.Text.Json;
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
    public void EverySampleSavedAgainByLibreOfficeGivesItsDataBack()
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

            Resave(work.FullName, cases.Select(c => c.Name));

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

    private static void Resave(string directory, IEnumerable<string> names)
    {
        var start = new ProcessStartInfo(Soffice)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { $"-env:UserInstallation=file://{directory}/profile", "--headless", "--norestore", "--convert-to", "docx:MS Word 2007 XML", "--outdir", "out" })
            start.ArgumentList.Add(argument);
        foreach (var name in names) start.ArgumentList.Add(name);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("LibreOffice did not finish re-saving the samples in 3 minutes");
        }
        Assert.True(process.ExitCode == 0, $"soffice exited with {process.ExitCode}: {output.Result}{errors.Result}");
    }
}
