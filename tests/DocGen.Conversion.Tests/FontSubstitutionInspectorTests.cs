using System.IO.Compression;
using DocGen.Conversion.Fonts;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocGen.Conversion.Tests;

public sealed class FontSubstitutionInspectorTests
{
    private static readonly string FontConfig = Path.Combine(AppContext.BaseDirectory, "fonts", "fonts.conf");

    [Fact]
    public void Finds_the_families_the_form_names()
    {
        var families = DocumentFonts.FamiliesNamedIn(TestDocuments.FilledForm());

        Assert.Equal(["Times New Roman", "仿宋_GB2312", "宋体", "方正小标宋简体", "黑体"], families.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Maps_Kai_and_founder_names_and_flags_an_unplanned_fallback()
    {
        var docx = DocumentNaming(("楷体_GB2312", "FZXiaoBiaoSong-B05S"), ("Wingdings", "DejaVu Sans"));
        var inspector = new FontSubstitutionInspector("fc-match", FontConfig, NullLogger.Instance);

        var substitutions = (await inspector.InspectAsync(docx, families: null)).ToDictionary(s => s.Requested);

        Assert.Equal(new FontSubstitution("楷体_GB2312", "AR PL UKai CN", Mapped: true), substitutions["楷体_GB2312"]);
        // '-' means "size" in fontconfig patterns: the name must be escaped to be looked up as a family.
        Assert.Equal(new FontSubstitution("FZXiaoBiaoSong-B05S", "Noto Serif CJK SC", Mapped: true), substitutions["FZXiaoBiaoSong-B05S"]);
        Assert.False(substitutions["Wingdings"].Mapped);
        Assert.False(substitutions.ContainsKey("DejaVu Sans"), "an installed font is not a substitution");
    }

    [Fact]
    public void Escapes_fontconfig_pattern_syntax() =>
        Assert.Equal(@"A\-B\:C\,D\\E", FontSubstitutionInspector.EscapePattern(@"A-B:C,D\E"));

    private static byte[] DocumentNaming(params (string Ascii, string EastAsia)[] runs)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            foreach (var (ascii, eastAsia) in runs)
            {
                writer.Write($"<w:p><w:r><w:rPr><w:rFonts w:ascii=\"{ascii}\" w:eastAsia=\"{eastAsia}\"/></w:rPr><w:t>字</w:t></w:r></w:p>");
            }

            writer.Write("</w:body></w:document>");
        }

        return buffer.ToArray();
    }
}
