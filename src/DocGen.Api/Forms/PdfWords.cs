using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using DocGen.Api.Templates;

namespace DocGen.Api.Forms;

/// <summary>The words of a PDF with their positions, from poppler's <c>pdftotext -bbox</c> (the PDF goes in on standard input).</summary>
internal static class PdfWords
{
    public static async Task<IReadOnlyList<PdfWord>> ReadAsync(byte[] pdf, int maxPages, CancellationToken cancellationToken)
    {
        var run = await PagePreviewer.RunAsync("pdftotext", ["-bbox", "-l", maxPages.ToString(CultureInfo.InvariantCulture), "-", "-"], pdf, cancellationToken);
        if (run.ExitCode != 0) return [];
        var xhtml = XNamespace.Get("http://www.w3.org/1999/xhtml");
        using var reader = XmlReader.Create(new MemoryStream(run.Output), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
        var document = XDocument.Load(reader);
        var words = new List<PdfWord>();
        var number = 0;
        foreach (var page in document.Descendants(xhtml + "page"))
        {
            number++;
            var width = Number(page, "width");
            var height = Number(page, "height");
            if (width <= 0 || height <= 0) continue;
            foreach (var word in page.Elements(xhtml + "word"))
                words.Add(new PdfWord(number, word.Value, Number(word, "xMin") / width, Number(word, "yMin") / height, Number(word, "xMax") / width, Number(word, "yMax") / height));
        }
        return words;
    }

    private static double Number(XElement element, string attribute) =>
        double.TryParse(element.Attribute(attribute)?.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
