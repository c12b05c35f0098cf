using System.IO.Compression;
using System.Xml.Linq;

namespace DocGen.Forms.Tests.Extraction;

/// <summary>
/// Does to a document what editing in Word does to its runs: every run's text cut into pieces of one to three
/// characters, each in a run of its own, with proofing marks and bookmarks between them.
/// </summary>
internal static class RunFragmenter
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static byte[] Fragment(byte[] docx)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(docx)))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var read = entry.Open();
                using var write = target.CreateEntry(entry.FullName).Open();
                if (entry.FullName != "word/document.xml")
                {
                    read.CopyTo(write);
                    continue;
                }
                var document = XDocument.Load(read, LoadOptions.PreserveWhitespace);
                Split(document);
                document.Save(write, SaveOptions.DisableFormatting);
            }
        }
        return output.ToArray();
    }

    private static void Split(XDocument document)
    {
        var bookmark = 9000;
        foreach (var run in document.Descendants(W + "r").Where(r => r.Elements(W + "t").Count() == 1 && r.Elements().Count(e => e.Name != W + "rPr") == 1).ToList())
        {
            var text = run.Element(W + "t")!.Value;
            if (text.Length < 2) continue;
            var properties = run.Element(W + "rPr");
            var pieces = new List<XElement>();
            for (var i = 0; i < text.Length;)
            {
                var length = Math.Min(1 + i % 3, text.Length - i);
                pieces.Add(new XElement(W + "r", properties is null ? null : new XElement(properties),
                    new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), text.Substring(i, length))));
                if (i % 2 == 0) pieces.Add(new XElement(W + "proofErr", new XAttribute(W + "type", "spellStart")));
                else pieces.Add(new XElement(W + "bookmarkStart", new XAttribute(W + "id", bookmark), new XAttribute(W + "name", "_Hlk" + bookmark++)));
                i += length;
            }
            run.ReplaceWith(pieces);
        }
    }
}
