using System.IO.Compression;
using System.Security;

namespace DocGen.Conversion.Tests;

internal static class TestDocuments
{
    public static byte[] FilledForm() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "filled-form.docx"));

    /// <summary>A minimal DOCX whose body is a six-column table of <paramref name="rows"/> rows, as a long summary list renders.</summary>
    public static byte[] Table(int rows)
    {
        const string cell = "<w:tc><w:tcPr><w:tcW w:w=\"1500\" w:type=\"dxa\"/></w:tcPr><w:p><w:r><w:t>河南绿源</w:t></w:r></w:p></w:tc>";
        var row = "<w:tr>" + string.Concat(Enumerable.Repeat(cell, 6)) + "</w:tr>";
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

    /// <summary>
    /// A DOCX whose paragraph carries a reviewer's comment, as Word writes it: the marked range and the reference in
    /// the body (and, when <paramref name="inHeader"/>, in a header too), the text in word/comments.xml.
    /// </summary>
    public static byte[] Commented(bool inHeader = false)
    {
        const string rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        const string marked = "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>申报单位正文</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"
            + "<w:r><w:commentReference w:id=\"0\"/></w:r></w:p>";
        var relationships = $"<Relationship Id=\"rId5\" Type=\"{rels}/comments\" Target=\"comments.xml\"/>"
            + (inHeader ? $"<Relationship Id=\"rId6\" Type=\"{rels}/header\" Target=\"header1.xml\"/>" : "");
        var parts = new List<(string, string?, string)>
        {
            ("word/_rels/document.xml.rels", null,
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{relationships}</Relationships>"),
            ("word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:comments xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:comment w:id=\"0\" w:author=\"审核人\" w:date=\"2025-03-01T09:00:00Z\" w:initials=\"审\"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t>审核意见不打印</w:t></w:r></w:p></w:comment>"
                + "<w:comment w:id=\"1\" w:author=\"审核人\" w:date=\"2025-03-01T09:00:00Z\" w:initials=\"审\"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t>页眉意见不打印</w:t></w:r></w:p></w:comment></w:comments>"),
        };
        if (inHeader)
        {
            parts.Add(("word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
                $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">{marked.Replace("申报单位正文", "页眉文字", StringComparison.Ordinal).Replace("w:id=\"0\"", "w:id=\"1\"", StringComparison.Ordinal)}</w:hdr>"));
        }

        return Minimal(marked, inHeader ? $"<w:headerReference w:type=\"default\" r:id=\"rId6\" xmlns:r=\"{rels}\"/>" : "", parts);
    }

    /// <summary>A minimal DOCX with <paramref name="body"/> and the main part's <paramref name="relationships"/> (Relationship elements).</summary>
    public static byte[] WithRelationships(string body, string relationships) =>
        Minimal(body, "", [("word/_rels/document.xml.rels", null,
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{relationships}</Relationships>")]);

    private static byte[] Minimal(string body, string sectionProperties = "", IEnumerable<(string Name, string? ContentType, string Content)>? extraParts = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + string.Concat((extraParts ?? []).Where(p => p.ContentType is not null).Select(p => $"<Override PartName=\"/{p.Name}\" ContentType=\"{p.ContentType}\"/>"))
                + "</Types>");
            Write(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Write(zip, "word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + body + $"<w:sectPr>{sectionProperties}</w:sectPr></w:body></w:document>");
            foreach (var (name, _, content) in extraParts ?? [])
            {
                Write(zip, name, content);
            }
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
