using System.Text;
using DocGen.Api.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace DocGen.Api.Tests.Hostile;

/// <summary>
/// Properties over generated input (FsCheck): whatever text a client sends comes out exactly, less only what XML 1.0
/// cannot hold, in a document that validates; and however Word cuts a tag into runs, the output text is the same.
/// </summary>
public sealed class RenderPropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(150);

    /// <summary>Any UTF-16 code unit, weighted toward the troublesome ones: controls, surrogate halves, XML's own characters, non-characters.</summary>
    private static readonly Gen<char> AnyChar = Gen.Frequency(
        (4, Gen.Choose(0x20, 0x7E).Select(i => (char)i)),
        (2, Gen.Choose(0x00, 0x1F).Select(i => (char)i)),
        (2, Gen.Choose(0xD800, 0xDFFF).Select(i => (char)i)),
        (2, Gen.Elements('<', '>', '&', '"', '\'', ']', '\uFFFE', '\uFFFF', '\u0085', '\u2028', '\u007F', '\u00A0')),
        (3, Gen.Choose(0x80, 0xFFFF).Select(i => (char)i)));

    private static readonly Gen<string> AnyString = Gen.Frequency(
        (3, AnyChar.ArrayOf().Select(chars => new string(chars))),
        // Well-formed pairs too, so that keeping them (not only dropping halves) is exercised.
        (1, Gen.Choose(0x10000, 0x10FFFF).ArrayOf().Select(points => string.Concat(points.Select(char.ConvertFromUtf32)))));

    /// <summary>JSON that carries every code unit as an escape, which is the only way a lone surrogate can travel.</summary>
    private static string JsonOf(string value)
    {
        var sb = new StringBuilder("{\"v\":\"");
        foreach (var c in value) sb.Append("\\u").Append(((int)c).ToString("X4"));
        return sb.Append("\"}").ToString();
    }

    /// <summary>What Word shows: lone surrogates gone, each line end one break, other characters XML forbids gone.</summary>
    private static string Expected(string value)
    {
        var paired = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) paired.Append(value[i]).Append(value[++i]);
            else if (!char.IsSurrogate(value[i])) paired.Append(value[i]);
        }
        var lines = paired.ToString().Replace("\r\n", "\n").Replace('\r', '\n');
        return new string(lines.Where(c => !(c < 0x20 && c is not ('\t' or '\n')) && c is not ('\uFFFE' or '\uFFFF')).ToArray());
    }

    [Fact]
    public void AnyStringThroughAValueTagComesOutExactlyInAValidDocument()
    {
        var template = TemplateDocx.FromBody(TemplateDocx.P("[{{ v }}]"));
        Check.One(Runs, Prop.ForAll(AnyString.ToArbitrary(), value =>
        {
            var docx = TemplateDocx.Render(template, JsonOf(value));
            var errors = Documents.ValidationErrors(docx);
            var text = Documents.Text(docx);
            return (errors.Count == 0).Label("valid: " + string.Join("; ", errors))
                .And((text == "[" + Expected(value) + "]").Label($"text {Escape(text)} expected [{Escape(Expected(value))}]"));
        }));
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));

    private const string Paragraph = "项目：{{ company.name }}，{{ year | number 0 }}年 & <完>";
    private const string Data = """{"company":{"name":"绿源<&>机械"},"year":2025}""";
    private const string Filled = "项目：绿源<&>机械，2025年 & <完>";

    /// <summary>A paragraph cut where Word might cut it: runs with their own formatting, proofing marks and bookmarks between them.</summary>
    private static readonly Gen<string> Fragmented =
        from cuts in Gen.Choose(1, Paragraph.Length - 1).ArrayOf()
        let points = cuts.Distinct().Order().Prepend(0).Append(Paragraph.Length).ToArray()
        from formats in Gen.Choose(0, 63).ArrayOf(points.Length - 1)
        from noises in Gen.Choose(0, 5).ArrayOf(points.Length)
        select Build(points, formats, noises);

    private static string Build(int[] points, int[] formats, int[] noises)
    {
        var sb = new StringBuilder("<w:p>");
        var openBookmarks = new List<int>();
        for (var i = 0; i + 1 < points.Length; i++)
        {
            Noise(sb, noises[i], i, openBookmarks);
            var piece = Paragraph[points[i]..points[i + 1]];
            sb.Append("<w:r>").Append(RunProperties(formats[i])).Append("<w:t xml:space=\"preserve\">")
                .Append(System.Security.SecurityElement.Escape(piece)).Append("</w:t></w:r>");
        }
        Noise(sb, noises[^1], points.Length, openBookmarks);
        foreach (var id in openBookmarks) sb.Append($"<w:bookmarkEnd w:id=\"{id}\"/>");
        return sb.Append("</w:p>").ToString();
    }

    // Children in the order the schema requires (rFonts, b, i, color, sz, u).
    private static string RunProperties(int flags)
    {
        if (flags == 0) return "";
        var sb = new StringBuilder("<w:rPr>");
        if ((flags & 1) != 0) sb.Append("<w:rFonts w:ascii=\"宋体\" w:eastAsia=\"宋体\"/>");
        if ((flags & 2) != 0) sb.Append("<w:b/>");
        if ((flags & 4) != 0) sb.Append("<w:i/>");
        if ((flags & 8) != 0) sb.Append("<w:color w:val=\"FF0000\"/>");
        if ((flags & 16) != 0) sb.Append("<w:sz w:val=\"24\"/>");
        if ((flags & 32) != 0) sb.Append("<w:u w:val=\"single\"/>");
        return sb.Append("</w:rPr>").ToString();
    }

    private static void Noise(StringBuilder sb, int kind, int id, List<int> openBookmarks)
    {
        switch (kind)
        {
            case 1: sb.Append("<w:proofErr w:type=\"spellStart\"/>"); break;
            case 2: sb.Append("<w:proofErr w:type=\"spellEnd\"/>"); break;
            case 3: sb.Append($"<w:bookmarkStart w:id=\"{id}\" w:name=\"b{id}\"/><w:bookmarkEnd w:id=\"{id}\"/>"); break;
            case 4:
                sb.Append($"<w:bookmarkStart w:id=\"{id}\" w:name=\"b{id}\"/>");
                openBookmarks.Add(id);
                break;
            case 5: sb.Append("<w:proofErr w:type=\"gramStart\"/>"); break;
        }
    }

    [Fact]
    public void HoweverATagIsCutIntoRunsTheOutputTextIsTheSame()
    {
        Assert.Equal(Filled, Documents.Text(TemplateDocx.Render(TemplateDocx.FromBody(TemplateDocx.P(System.Security.SecurityElement.Escape(Paragraph))), Data)));
        Check.One(Runs, Prop.ForAll(Fragmented.ToArbitrary(), paragraph =>
        {
            var docx = TemplateDocx.Render(TemplateDocx.FromBody(paragraph), Data);
            var text = Documents.Text(docx);
            var errors = Documents.ValidationErrors(docx);
            return (text == Filled).Label($"text {text} from {paragraph}")
                .And((errors.Count == 0).Label("valid: " + string.Join("; ", errors)));
        }));
    }
}
