using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace DocGen.Forms.Tests.Support;

internal static class Docx
{
    public static XDocument Part(byte[] docx, string name = "word/document.xml")
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    /// <summary>The parts that print: word/document.xml, then the headers and footers by name.</summary>
    public static IReadOnlyList<string> PrintedParts(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        var margins = zip.Entries.Select(e => e.FullName)
            .Where(n => Regex.IsMatch(n, @"^word/(header|footer)\d*\.xml$")).Order(StringComparer.Ordinal);
        return ["word/document.xml", .. margins];
    }

    public static IReadOnlyList<string> ValidationErrors(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }
}
