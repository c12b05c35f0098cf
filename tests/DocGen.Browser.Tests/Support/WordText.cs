using System.IO.Compression;
using System.Xml.Linq;

namespace DocGen.Browser.Tests.Support;

/// <summary>The text of a downloaded DOCX as a reader sees it: one line per paragraph of word/document.xml.</summary>
internal static class WordText
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static string Of(string docxPath)
    {
        using var zip = ZipFile.OpenRead(docxPath);
        var entry = zip.GetEntry("word/document.xml") ?? throw new InvalidDataException("no word/document.xml");
        using var stream = entry.Open();
        var document = XDocument.Load(stream);
        return string.Join("\n", document.Descendants(W + "p").Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value))));
    }

    public static IReadOnlyList<string> Parts(string docxPath)
    {
        using var zip = ZipFile.OpenRead(docxPath);
        return zip.Entries.Select(e => e.FullName).ToList();
    }
}
