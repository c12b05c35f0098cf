using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using DocGen.Forms.Tests.Extraction;
using DocGen.Forms.Tests.Support;

namespace DocGen.Forms.Tests.Summaries;

/// <summary>Filled forms made from the catalog's samples, and the rows of a summary table read back from its Word file.</summary>
internal static class SummaryInputs
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static JsonNode Sample(string key, string sample) => JsonNode.Parse(File.ReadAllBytes(FormCases.Find(key).Samples[sample]))!;

    /// <summary>The sample's value at a pointer, as text.</summary>
    public static string At(JsonNode data, string pointer)
    {
        var node = data;
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
            node = node is JsonArray array ? array[int.Parse(segment)] : node![segment];
        return node!.GetValue<string>();
    }

    public static byte[] Filled(string key, string sample)
    {
        var version = FormCases.Find(key);
        return RoundTripTests.Render(version, JsonDocument.Parse(File.ReadAllBytes(version.Samples[sample])).RootElement);
    }

    public static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(bytes);
            }
        }
        return stream.ToArray();
    }

    /// <summary>The document as a person leaves it after deleting all but its first <paramref name="keep"/> paragraphs and tables.</summary>
    public static byte[] CutDown(byte[] docx, int keep)
    {
        var document = Docx.Part(docx);
        var body = document.Root!.Element(W + "body")!;
        foreach (var block in body.Elements().Where(e => e.Name != W + "sectPr").Skip(keep).ToList()) block.Remove();
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var entry = zip.CreateEntry("word/document.xml").Open();
            document.Save(entry);
        }
        return stream.ToArray();
    }

    /// <summary>Every table row of the document as its cells' text (merged cells once).</summary>
    public static List<string[]> TableRows(byte[] docx) =>
        Docx.Part(docx).Descendants(W + "tr")
            .Select(row => row.Elements(W + "tc").Select(c => string.Concat(c.Descendants(W + "t").Select(t => t.Value)).Trim()).ToArray())
            .ToList();

    /// <summary>The document's paragraphs outside tables, as text.</summary>
    public static List<string> Paragraphs(byte[] docx) =>
        Docx.Part(docx).Descendants(W + "p").Where(p => !p.Ancestors(W + "tbl").Any())
            .Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value)).Trim()).Where(t => t.Length > 0).ToList();
}
