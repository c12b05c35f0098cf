using System.IO.Compression;
using System.Security;

namespace DocGen.Conversion.Tests;

internal static class TestDocuments
{
    public static byte[] FilledForm() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "filled-form.docx"));

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
