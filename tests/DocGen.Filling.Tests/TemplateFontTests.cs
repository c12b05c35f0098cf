using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml;
using DocGen.Filling.Tests.Support;
using DocGen.Templates.Catalog;
using DocGen.Templates.Packaging;

namespace DocGen.Filling.Tests;

/// <summary>
/// A conversion reports the fonts of the document's template instead of reading the document: that holds only if
/// nothing the data brings (values, pictures, rows repeated or left out) names a family the template does not.
/// </summary>
public sealed class TemplateFontTests
{
    [Fact]
    public void NoBlankOrSampleOfAnyCatalogFormNamesAFontItsTemplateDoesNot()
    {
        using var catalog = new FormCatalog(Repository.Templates);
        var versions = catalog.Current.Forms.SelectMany(f => f.Versions).ToList();
        var strays = new List<string>();
        foreach (var version in versions)
        {
            var documents = version.Samples.Select(s => (s.Key, Render(version, File.ReadAllBytes(s.Value)))).Append(("blank", FormToFill.Of(version).RenderBlank()));
            foreach (var (name, document) in documents)
            {
                foreach (var family in FamiliesNamedIn(document).Except(version.Template.FontFamilies))
                    strays.Add($"{version.Key} {name}: {family}");
            }
        }

        Assert.True(versions.Count > 30, $"only {versions.Count} versions loaded");
        Assert.True(strays.Count == 0, string.Join("\n", strays));
    }

    [Fact]
    public void AValueWrittenAsWordprocessingMlStaysTextAndNamesNoFont()
    {
        var version = Park.Load();
        var data = Park.Sample(d => d["park"]!["name"] = "<w:r><w:rPr><w:rFonts w:ascii=\"Injected\"/></w:rPr><w:t>x</w:t></w:r>");

        var document = Render(version, data);

        Assert.DoesNotContain("Injected", FamiliesNamedIn(document));
        Assert.Equal(version.Template.FontFamilies.Order(StringComparer.Ordinal), FamiliesNamedIn(document).Order(StringComparer.Ordinal));
    }

    private static byte[] Render(FormVersion version, byte[] json)
    {
        using var data = JsonDocument.Parse(json);
        var rendered = version.Template.Render(data.RootElement, version.RenderOptionsFor("fonts"));
        return rendered.Document ?? throw new InvalidOperationException(string.Join("\n", rendered.Problems));
    }

    /// <summary>Read the slow way, from the rendered package itself.</summary>
    private static HashSet<string> FamiliesNamedIn(byte[] docx)
    {
        var families = new HashSet<string>(StringComparer.Ordinal);
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries.Where(e => FontFamilies.AreNamedIn(e.FullName)))
        {
            using var reader = XmlReader.Create(entry.Open());
            while (reader.Read()) FontFamilies.Collect(reader, families);
        }
        return families;
    }
}
