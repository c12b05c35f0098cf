using DocGen.Forms.Tests.Support;
using DocGen.Templates.Inspection;
using DocGen.Templates.Notices;

namespace DocGen.Forms.Tests;

/// <summary>
/// Every form points into the repository's notices/ (file and lines), and a blank official form reproduces at least
/// 97% of the text of those lines, in the same order.
/// </summary>
public sealed class NoticeCoverageTests
{
    public const double Required = 0.97;

    [Theory]
    [MemberData(nameof(FormCases.Versions), MemberType = typeof(FormCases))]
    public void BlankFormCarriesTheNoticeTextInOrder(string key)
    {
        var version = FormCases.Find(key);
        if (version.IsReconstructed) return; // no notice text to compare with: the manifest states the basis instead
        var coverage = NoticeCoverage.Measure(version);
        Assert.True(coverage is not null, $"{key}: source.file {version.Manifest.Source.File} does not name a notice in the repository");
        Assert.True(coverage >= Required, $"{key}: {coverage:P1} of the notice text appears in order (need {Required:P0})");
    }

    [Theory]
    [MemberData(nameof(FormCases.Versions), MemberType = typeof(FormCases))]
    public void SourceLinesAreTextLinesOfANoticeInTheRepository(string key)
    {
        var version = FormCases.Find(key);
        Assert.StartsWith("notices/", version.Manifest.Source.File);
        Assert.NotNull(version.NoticePath);
        Assert.StartsWith(Repository.Notices + Path.DirectorySeparatorChar, version.NoticePath);
        var notice = NoticeDocument.Read(version.NoticePath!);
        Assert.True(LineRange.TryParse(version.Manifest.Source.Lines, out var range), $"{key}: source.lines \"{version.Manifest.Source.Lines}\"");
        Assert.InRange(range.First, notice.FirstTextLine, notice.Lines.Count);
        Assert.InRange(range.Last, range.First, notice.Lines.Count);
        Assert.DoesNotContain(version.Warnings, w => w.Message.StartsWith("source.", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(FormCases.Versions), MemberType = typeof(FormCases))]
    public void SourceLinesBeginWithTheFormTheyName(string key)
    {
        var version = FormCases.Find(key);
        if (version.IsReconstructed) return; // the lines of a reconstructed form are the notice's paragraph about it
        LineRange.TryParse(version.Manifest.Source.Lines, out var range);
        var opening = NoticeText.Lines(NoticeDocument.Read(version.NoticePath!), range with { Last = Math.Min(range.Last, range.First + 12) });
        var title = NoticeText.Normalize(version.Manifest.Title);
        var attachment = NoticeText.Normalize(version.Manifest.Attachment);
        var found = Lcs.Length(title, opening);
        // The notice heads a form with its attachment number, or with the form's title when it has none.
        Assert.True(found >= title.Length * 0.8 || (attachment.Length > 0 && opening.StartsWith(attachment, StringComparison.Ordinal)),
            $"{key}: the first lines of {version.Manifest.Source.File}:{range} carry neither {version.Manifest.Attachment} nor the title {version.Manifest.Title} ({found} of {title.Length} characters)");
    }

    [Theory]
    [MemberData(nameof(FormCases.Versions), MemberType = typeof(FormCases))]
    public void ManifestNamesTheNoticeItsSourceIs(string key)
    {
        var version = FormCases.Find(key);
        var notice = NoticeDocument.Read(version.NoticePath!);
        if (notice.Number.Length > 0 && !version.IsReconstructed) Assert.Equal(notice.Number, version.Manifest.Notice.Number);
        if (notice.Date.Length > 0 && !version.IsReconstructed) Assert.Equal(notice.Date, version.Manifest.Notice.Date);
    }

    [Fact]
    public void EveryNoticeHasItsHeader()
    {
        foreach (var file in Directory.EnumerateFiles(Repository.Notices, "*.txt", SearchOption.AllDirectories))
        {
            var notice = NoticeDocument.Read(file);
            foreach (var field in new[] { "title", "issuer", "number", "date" })
                Assert.True(notice.Header.TryGetValue(field, out var value) && value.Length > 0, $"{file}: the header has no {field}");
            Assert.True(notice.FirstTextLine > 1, $"{file}: no header between --- lines");
        }
    }

    [Fact]
    public void LcsCountsCommonCharactersInOrder()
    {
        Assert.Equal(4, Lcs.Length("ABCBDAB", "BDCABA"));
        var longA = string.Concat(Enumerable.Repeat("绿色工厂自评价报告", 50));
        Assert.Equal(longA.Length, Lcs.Length(longA, "前" + longA + "后"));
        Assert.Equal(0, Lcs.Length("abc", "xyz"));
    }
}
