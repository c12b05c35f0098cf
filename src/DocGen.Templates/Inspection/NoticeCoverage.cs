using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using DocGen.Templates.Catalog;
using DocGen.Templates.Packaging;
using DocGen.Templates.Parsing;

namespace DocGen.Templates.Inspection;

/// <summary>
/// How faithfully a blank form reproduces its notice: the share of the notice's text (the seed lines named
/// in form.yaml) that appears in the blank document in the same order.
/// </summary>
public static class NoticeCoverage
{
    private static readonly JsonElement Empty = JsonDocument.Parse("{}").RootElement.Clone();

    public static double Measure(FormVersion version, string seedsDirectory)
    {
        var seed = SeedText.Lines(Path.Combine(seedsDirectory, version.Manifest.Source.Seed), version.Manifest.Source.Lines);
        var blank = version.Template.Render(Empty, version.RenderOptionsFor("blank")).Document!;
        var text = SeedText.Normalize(DocumentText(blank));
        return seed.Length == 0 ? 1 : (double)Lcs.Length(seed, text) / seed.Length;
    }

    /// <summary>The body text in reading order, paragraph by paragraph (tables cell by cell).</summary>
    public static string DocumentText(byte[] docx)
    {
        var package = DocxPackage.TryRead(docx, out _);
        var part = package?.Find("word/document.xml");
        if (part is null) return "";
        var sb = new StringBuilder();
        foreach (var p in SafeXml.Load(part).Descendants(WordNames.P))
        {
            foreach (var t in p.Descendants(WordNames.T)) sb.Append(t.Value);
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
