using System.IO.Compression;
using System.Security;

namespace DocGen.Conversion.Tests;

internal static class TestDocuments
{
    public static byte[] FilledForm() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "filled-form.docx"));

    /// <summary>A minimal DOCX whose body is a six-column table of <paramref name="rows"/> rows, as a long summary list renders.</summary>
    public static byte[] Table(int rows)
    {
        const string Cell = "<w:tc><w:tcPr><w:tcW w:w=\"1500\" w:type=\"dxa\"/></w:tcPr><w:p><w:r><w:t>河南绿源</w:t></w:r></w:p></w:tc>";
        var row = "<w:tr>" + string.Concat(Enumerable.Repeat(Cell, 6)) + "</w:tr>";
        var body = "<w:tbl><w:tblPr><w:tblW w:w=\"9000\" w:type=\"dxa\"/></w:tblPr><w:tblGrid>"
            + string.Concat(Enumerable.Repeat("<w:gridCol w:w=\"1500\"/>", 6)) + "</w:tblGrid>"
            + string.Concat(Enumerable.Repeat(row, rows)) + "</w:tbl><w:p/>";
        return Minimal(body);
    }

    /// <summary>A minimal DOCX of one paragraph of <paramref name="characters"/> characters, lines separated by <c>w:br</c> as a long text field renders.</summary>
    public static byte[] LongParagraph(int characters)
    {
        var text = new string('绿', characters);
        var lines = string.Join("</w:t><w:br/><w:t>", text.Chunk(500).Select(c => new string(c)));
        return Minimal($"<w:p><w:r><w:t>{lines}</w:t></w:r></w:p>");
    }

    private static byte[] Minimal(string body)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Write(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Write(zip, "word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + body + "<w:sectPr/></w:body></w:document>");
        }

        return buffer.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }

    /// <summary>Writes docProps/core.xml the way the API does before conversion.</summary>
    public static byte[] WithCoreProperties(byte[] docx, string title, string subject, string keywords)
    {
        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("docProps/core.xml")?.Delete();
            var entry = zip.CreateEntry("docProps/core.xml");
            using var writer = new StreamWriter(entry.Open());
            writer.Write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
                "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" " +
                "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" " +
                "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
                $"<dc:title>{SecurityElement.Escape(title)}</dc:title>" +
                $"<dc:subject>{SecurityElement.Escape(subject)}</dc:subject>" +
                $"<cp:keywords>{SecurityElement.Escape(keywords)}</cp:keywords>" +
                "<dc:creator>DocGen</dc:creator></cp:coreProperties>");
        }

        return buffer.ToArray();
    }
}
