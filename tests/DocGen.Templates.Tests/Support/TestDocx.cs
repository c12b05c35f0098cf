using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using DocGen.Templates.Engine;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace DocGen.Templates.Tests.Support;

/// <summary>Builds small DOCX packages from body XML, renders them and reads the results back.</summary>
internal static class TestDocx
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static byte[] FromBody(string bodyXml)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Add(zip, "word/document.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{bodyXml}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>""");
            Add(zip, "word/_rels/document.xml.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>""");
        }
        return stream.ToArray();
    }

    /// <summary>
    /// <paramref name="docx"/> repackaged: each part's text passed through <paramref name="edit"/> (part name, text → text),
    /// then the parts <paramref name="added"/> written after them (a name may repeat one already there).
    /// </summary>
    public static byte[] Edited(byte[] docx, Func<string, string, string> edit, params (string Name, byte[] Content)[] added)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var source = new ZipArchive(new MemoryStream(docx)))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                Add(zip, entry.FullName, edit(entry.FullName, reader.ReadToEnd()));
            }
            foreach (var (name, content) in added)
            {
                using var target = zip.CreateEntry(name).Open();
                target.Write(content);
            }
        }
        return stream.ToArray();
    }

    /// <summary>An edit for <see cref="Edited"/> that adds <paramref name="relationships"/> to the main part's relationships.</summary>
    public static Func<string, string, string> AddingMainRelationships(string relationships) => (part, text) =>
        part == "word/_rels/document.xml.rels" ? text.Replace("</Relationships>", relationships + "</Relationships>") : text;

    /// <summary>An edit for <see cref="Edited"/> that changes nothing.</summary>
    public static string Unchanged(string part, string text) => text;

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var entry = zip.CreateEntry(name).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }

    public static string P(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    /// <summary>A paragraph whose text is split into one run per piece, as Word does after edits.</summary>
    public static string SplitP(params string[] pieces) =>
        "<w:p>" + string.Concat(pieces.Select((p, i) => $"<w:r><w:rPr>{(i % 2 == 1 ? "<w:b/>" : "")}</w:rPr><w:t xml:space=\"preserve\">{p}</w:t></w:r>")) + "</w:p>";

    public static string Cell(string text, string properties = "") => $"<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/>{properties}</w:tcPr>{P(text)}</w:tc>";

    public static string Row(params string[] cells) => "<w:tr>" + string.Concat(cells) + "</w:tr>";

    public static string Table(int columns, params string[] rows) =>
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>" + string.Concat(Enumerable.Repeat("<w:gridCol w:w=\"2000\"/>", columns)) + "</w:tblGrid>" + string.Concat(rows) + "</w:tbl>";

    public static DocxTemplate Compile(byte[] docx)
    {
        var compilation = DocxTemplate.Compile(docx);
        Assert.True(compilation.Succeeded, string.Join("\n", compilation.Diagnostics));
        return compilation.Template!;
    }

    public static byte[] Render(string bodyXml, string json) => Render(FromBody(bodyXml), json);

    public static byte[] Render(byte[] docx, string json, RenderOptions? options = null)
    {
        var result = Compile(docx).Render(JsonDocument.Parse(json).RootElement, options);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        AssertValid(result.Document!);
        return result.Document!;
    }

    public static XDocument Part(byte[] docx, string name = "word/document.xml")
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    /// <summary>The document text, paragraphs separated by newlines, line breaks as "\n" too, check boxes as they print.</summary>
    public static string Text(byte[] docx)
    {
        var body = Part(docx).Root!.Element(W + "body")!;
        return string.Join("\n", body.Descendants(W + "p").Select(p =>
            string.Concat(p.Descendants().Select(e => e.Name == W + "t" ? e.Value : e.Name == W + "br" ? "\n" : e.Name == W + "tab" ? "\t" : ""))));
    }

    public static void AssertValid(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
