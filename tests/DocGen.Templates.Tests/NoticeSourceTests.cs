using DocGen.Templates.Catalog;
using DocGen.Templates.Inspection;
using static DocGen.Templates.Tests.Support.TestDocx;

namespace DocGen.Templates.Tests;

/// <summary>form.yaml's source names a notice file beside templates/ and its lines; coverage reads exactly those lines.</summary>
public sealed class NoticeSourceTests : IDisposable
{
    private readonly string _repository = Path.Combine(Path.GetTempPath(), "docgen-notices-" + Guid.NewGuid().ToString("N"));

    public NoticeSourceTests()
    {
        Directory.CreateDirectory(Path.Combine(_repository, "notices", "henan"));
        File.WriteAllLines(Path.Combine(_repository, "notices", "henan", "n-2024-1.txt"),
        [
            "---", "title: 关于某事的通知", "issuer: 河南省工业和信息化厅", "number: 豫工信〔2024〕1号", "date: not given in the text", "---",
            "附件1", "绿色工厂申报表", "企业名称\t统一社会信用代码", "附件2", "园区年度复核情况说明",
        ]);
    }

    private FormCatalog Catalog(string source)
    {
        var dir = Path.Combine(_repository, "templates", "henan", "f", "2024");
        Directory.CreateDirectory(Path.Combine(dir, "samples"));
        File.WriteAllText(Path.Combine(dir, "form.yaml"), $"title: 绿色工厂申报表\nauthority: henan\nprovenance: official\n{source}");
        File.WriteAllText(Path.Combine(dir, "schema.json"), """{"type":"object","properties":{"name":{"type":"string","title":"名称"}}}""");
        File.WriteAllBytes(Path.Combine(dir, "template.docx"), FromBody(P("附件1") + P("绿色工厂申报表") + P("企业名称{{ name }}") + P("统一社会信用代码")));
        File.WriteAllText(Path.Combine(dir, "samples", "a.json"), "{}");
        return new FormCatalog(Path.Combine(_repository, "templates"));
    }

    [Fact]
    public void CoverageIsMeasuredOnTheNamedLinesOfTheNamedNotice()
    {
        using (var own = Catalog("source:\n  file: notices/henan/n-2024-1.txt\n  lines: 7-9\n"))
            Assert.Equal(1.0, NoticeCoverage.Measure(own.Current.Forms[0].Latest));
        using var other = Catalog("source:\n  file: notices/henan/n-2024-1.txt\n  lines: 10-11\n");
        Assert.True(NoticeCoverage.Measure(other.Current.Forms[0].Latest) < 0.5);
    }

    [Fact]
    public void AMissingNoticeOrLinesBeyondItsEndAreWarnedAbout()
    {
        using (var missing = Catalog("source:\n  file: notices/henan/none.txt\n  lines: 7-9\n"))
        {
            var version = missing.Current.Forms[0].Latest;
            Assert.Null(version.NoticePath);
            Assert.Null(NoticeCoverage.Measure(version));
            Assert.Contains(version.Warnings, w => w.Message == "source.file notices/henan/none.txt does not exist");
        }
        using var beyond = Catalog("source:\n  file: notices/henan/n-2024-1.txt\n  lines: 7-40\n");
        Assert.Contains(beyond.Current.Forms[0].Latest.Warnings, w => w.Message.Contains("go beyond the end of notices/henan/n-2024-1.txt (11 lines)"));
    }

    [Fact]
    public void ASourceOutsideTheRepositoryOrWithoutARangeIsNotServed()
    {
        using (var outside = Catalog("source:\n  file: ../../etc/passwd\n  lines: 1-2\n"))
            Assert.Contains(Assert.Single(outside.Current.Problems).Diagnostics, d => d.Message.Contains("must be a path inside the repository"));
        using var noRange = Catalog("source:\n  file: notices/henan/n-2024-1.txt\n  lines: seven\n");
        Assert.Contains(Assert.Single(noRange.Current.Problems).Diagnostics, d => d.Message.Contains("must be a range of lines"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_repository)) Directory.Delete(_repository, recursive: true);
    }
}
