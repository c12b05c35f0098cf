using System.Text;
using System.Xml.Linq;
using DocGen.Templates.Catalog;
using DocGen.Templates.Notices;
using DocGen.Templates.Packaging;
using DocGen.Templates.Parsing;

namespace DocGen.Templates.Inspection;

/// <summary>
/// How faithfully a blank form reproduces its notice: the share of the notice's text (the lines of the notice
/// file that form.yaml's <c>source</c> names) that appears in the blank document in the same order.
/// </summary>
public static class NoticeCoverage
{
    /// <summary>The share, or null when the version names no notice file that exists (a reconstructed form may name none).</summary>
    public static double? Measure(FormVersion version)
    {
        if (version.NoticePath is null || !LineRange.TryParse(version.Manifest.Source.Lines, out var range)) return null;
        var notice = NoticeText.Lines(NoticeDocument.Read(version.NoticePath), range);
        return Measure(notice, BlankText(version));
    }

    /// <summary>The share of <paramref name="notice"/>'s characters that <paramref name="text"/> carries in order (both normalized).</summary>
    public static double Measure(string notice, string text) => notice.Length == 0 ? 1 : (double)Lcs.Length(notice, text) / notice.Length;

    /// <summary>The blank form's text, normalized.</summary>
    public static string BlankText(FormVersion version) =>
        NoticeText.Normalize(DocumentText(FormToFill.Of(version).RenderBlank()));

    /// <summary>The body text in reading order, paragraph by paragraph (tables cell by cell).</summary>
    public static string DocumentText(byte[] docx)
    {
        var package = DocxPackage.TryRead(docx, out _);
        var part = package?.Find(package.MainPart);
        if (part is null) return "";
        var sb = new StringBuilder();
        foreach (var p in SafeXml.Load(part).Descendants(WordNames.P))
        {
            foreach (var t in p.Descendants(WordNames.T)) sb.Append(t.Value);
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
