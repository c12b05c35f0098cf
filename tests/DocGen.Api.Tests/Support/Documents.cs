using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace DocGen.Api.Tests.Support;

/// <summary>Reads what the service sends back: document text as Word shows it, schema validity, batch archives.</summary>
internal static class Documents
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Paragraphs joined by newlines; line breaks "\n" and tabs "\t" as they print; XML entities decoded.</summary>
    public static string Text(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        var body = XDocument.Load(stream, LoadOptions.PreserveWhitespace).Root!.Element(W + "body")!;
        return string.Join("\n", body.Descendants(W + "p").Select(p =>
            string.Concat(p.Descendants().Select(e => e.Name == W + "t" ? e.Value : e.Name == W + "br" ? "\n" : e.Name == W + "tab" ? "\t" : ""))));
    }

    public static IReadOnlyList<string> ValidationErrors(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }

    public static void AssertValid(byte[] docx)
    {
        var errors = ValidationErrors(docx);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>A batch archive: every entry's bytes by name, in archive order, and its parsed report.</summary>
    public static (List<KeyValuePair<string, byte[]>> Entries, JsonElement Report) Batch(byte[] zipBytes)
    {
        using var zip = new ZipArchive(new MemoryStream(zipBytes));
        var entries = new List<KeyValuePair<string, byte[]>>();
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            entries.Add(new(entry.FullName, buffer.ToArray()));
        }
        var report = entries.Single(e => e.Key == "report.json").Value;
        return (entries, JsonDocument.Parse(report).RootElement.Clone());
    }
}
