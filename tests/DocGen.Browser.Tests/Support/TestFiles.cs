using System.IO.Compression;
using System.Text;

namespace DocGen.Browser.Tests.Support;

/// <summary>Files the tests upload, written to a private temporary folder.</summary>
internal sealed class TestFiles : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("docgen-browser-").FullName;

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A minimal DOCX whose body paragraphs and one-row table hold the given texts (tags included as typed).</summary>
    public static byte[] Docx(string[] paragraphs, string[] cells)
    {
        static string P(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(text)}</w:t></w:r></w:p>";
        var table = cells.Length == 0 ? "" : "<w:tbl><w:tr>" + string.Concat(cells.Select(c => $"<w:tc>{P(c)}</w:tc>")) + "</w:tr></w:tbl>";
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Add(zip, "word/document.xml", $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{string.Concat(paragraphs.Select(P))}{table}<w:sectPr/></w:body></w:document>""");
            Add(zip, "word/_rels/document.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>""");
        }
        return stream.ToArray();
    }

    /// <summary>A copy of a DOCX with one text of word/document.xml replaced everywhere (a tag mistyped, as an official might save it).</summary>
    public static byte[] Replace(byte[] docx, string text, string replacement) => Edited(docx, everywhere: true, [("word/document.xml", text, replacement)]);

    /// <summary>A copy of a DOCX with texts of its parts changed where each first stands, in the order given (an official's edits in Word).</summary>
    public static byte[] Edit(byte[] docx, params (string Part, string Text, string Replacement)[] edits) => Edited(docx, everywhere: false, edits);

    private static byte[] Edited(byte[] docx, bool everywhere, (string Part, string Text, string Replacement)[] edits)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var (part, text, replacement) in edits)
            {
                var entry = zip.GetEntry(part) ?? throw new InvalidDataException($"no {part}");
                string xml;
                using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
                var at = xml.IndexOf(text, StringComparison.Ordinal);
                if (at < 0) throw new InvalidDataException($"\"{text}\" is not in {part}");
                entry.Delete();
                using var writer = new StreamWriter(zip.CreateEntry(part).Open());
                writer.Write(everywhere ? xml.Replace(text, replacement, StringComparison.Ordinal) : string.Concat(xml.AsSpan(0, at), replacement, xml.AsSpan(at + text.Length)));
            }
        }
        return stream.ToArray();
    }

    /// <summary>A 96×64 PNG of green stripes (a real image: the API checks its signature and the browser decodes it).</summary>
    public static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAGAAAABACAIAAABqVuVZAAAAfklEQVR42u3YMQ0AMAwDwbAooMIp8Q7dSiAMAsA66RHcZLnW2RoqBIAAAQIECFAs0P1PQ4AAAQIECBCgXCBT0JIGBAgQIECA/EGypAEBAgQIECB/kCxpQIAAAQIEyB8kQIAAAQIECJA/yJIWIECAAAEC5A+ypAUIECBAgABF1GSZkncfzZJAAAAAAElFTkSuQmCC");

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var entry = zip.CreateEntry(name).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
