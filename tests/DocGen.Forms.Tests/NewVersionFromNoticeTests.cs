using System.Text.RegularExpressions;
using DocGen.Authoring;
using DocGen.Forms.Tests.Support;
using DocGen.Templates.Catalog;
using DocGen.Templates.Inspection;
using DocGen.Templates.Notices;
using DocGen.Templates.Versions;

namespace DocGen.Forms.Tests;

/// <summary>
/// The yearly step, worked through on Henan's 绿色工厂自评价报告: a following year's notice (written here from the 2023
/// one: years and 文号 moved on, and in the test with text changes one indicator row added and one sentence reworded)
/// becomes a new version, the review lists exactly the text changes, and after the review the diff lists exactly those.
/// </summary>
public sealed partial class NewVersionFromNoticeTests : IDisposable
{
    private const string Form = "henan/green-factory-self-evaluation";
    private const string OldSentence = "三、有关项目页面不够时，可加附页。";
    private const string NewSentence = "三、有关项目页面不够时，可另加附页。";
    private const string RowBefore = "单位产品主要原材料消耗量";
    private const string AddedRow = "单位产品取水量";

    private readonly string _repository = Path.Combine(Path.GetTempPath(), "docgen-version-" + Guid.NewGuid().ToString("N"));

    public NewVersionFromNoticeTests()
    {
        Copy(Path.Combine(Repository.Templates, "henan", "green-factory-self-evaluation", "2023"), Path.Combine(_repository, "templates", "henan", "green-factory-self-evaluation", "2023"));
        Directory.CreateDirectory(Path.Combine(_repository, "notices", "henan"));
        File.Copy(Path.Combine(Repository.Notices, "henan", "ygxbj-2023-16.txt"), Path.Combine(_repository, "notices", "henan", "ygxbj-2023-16.txt"));
    }

    /// <summary>The 2023 notice as the 2024 one would print it: 文号 and years moved on, optionally the two text changes.</summary>
    private void WriteNextNotice(bool withTextChanges)
    {
        var old = File.ReadAllLines(Path.Combine(Repository.Notices, "henan", "ygxbj-2023-16.txt"));
        var form = FormCases.Find($"{Form}@2023");
        LineRange.TryParse(form.Manifest.Source.Lines, out var range);
        var lines = new List<string>();
        for (var n = 1; n <= old.Length; n++)
        {
            var line = old[n - 1]
                .Replace("豫工信办节〔2023〕16号", "豫工信办节〔2024〕9号").Replace("推荐2023年度", "推荐2024年度");
            if (n >= range.First && n <= range.Last)
            {
                line = line.Replace("两年后（2024年）", "两年后（2025年）").Replace("2022-2024年", "2023-2025年");
                if (withTextChanges) line = line.Replace(OldSentence, NewSentence);
            }
            lines.Add(line);
            if (withTextChanges && n >= range.First && n <= range.Last && line.Trim() == RowBefore) lines.Add($"\t\t{AddedRow}\t\t");
        }
        File.WriteAllLines(Path.Combine(_repository, "notices", "henan", "ygxbj-2024-9.txt"), lines);
    }

    private CatalogForm Catalog()
    {
        using var catalog = new FormCatalog(Path.Combine(_repository, "templates"));
        Assert.Empty(catalog.Current.Problems);
        return catalog.Current.Find("henan", "green-factory-self-evaluation")!;
    }

    [Fact]
    public void ANoticeThatOnlyMovesTheYearsGivesAVersionOnThePreviousOne()
    {
        WriteNextNotice(withTextChanges: false);
        var draft = VersionCreator.Create(Catalog(), "2024", "notices/henan/ygxbj-2024-9.txt");
        Assert.Equal($"{Form}@2023", draft.StandsOn);
        Assert.Empty(draft.NoticeTextMissing);
        Assert.Empty(draft.TemplateTextDropped);
        Assert.False(File.Exists(Path.Combine(draft.Directory, "template.docx")));
        Assert.Contains("constant years.target: 2024 → 2025", draft.Settings);
        var version = Catalog().Find("2024")!;
        Assert.Equal("豫工信办节〔2024〕9号", version.Manifest.Notice.Number);
        Assert.True(NoticeCoverage.Measure(version) >= NoticeCoverageTests.Required);
    }

    [Fact]
    public void ANoticeWithNewTextGivesACopyTheReviewListsAndTheDiffShowsExactlyTheChanges()
    {
        WriteNextNotice(withTextChanges: true);
        var draft = VersionCreator.Create(Catalog(), "2024", "notices/henan/ygxbj-2024-9.txt");
        Assert.Null(draft.StandsOn);
        Assert.Equal([NewSentence, AddedRow], draft.NoticeTextMissing.Select(i => i.Text.TrimStart('-', ' ')));
        Assert.Equal([OldSentence], draft.TemplateTextDropped.Select(i => i.Text.TrimStart('-', ' ')));
        Assert.All(draft.NoticeTextMissing, i => Assert.StartsWith("通知第", i.Place));

        // The review: the person rewords the sentence and adds the row in the template's source, and lays it out again.
        var sourcePath = Path.Combine(draft.Directory, "template.src.txt");
        var source = File.ReadAllLines(sourcePath).Select(l => l.Replace(OldSentence, NewSentence)).ToList();
        var row = source.FindIndex(l => l.Contains($"| {RowBefore} |", StringComparison.Ordinal));
        source.Insert(row + 1, $"| ^ | ^ | {AddedRow} |  |  | {{h=0.8,cant-split}}");
        File.WriteAllLines(sourcePath, source);
        var compiled = FormSourceCompiler.Compile(string.Join("\n", source));
        Assert.Empty(compiled.Errors);
        File.WriteAllBytes(Path.Combine(draft.Directory, "template.docx"), compiled.Docx!);

        var form = Catalog();
        var reviewed = form.Find("2024")!;
        Assert.True(NoticeCoverage.Measure(reviewed) >= NoticeCoverageTests.Required);
        var changes = VersionDiff.Compare(form.Find("2023")!, reviewed).Changes;
        var added = Assert.Single(changes, c => c.Kind == VersionChange.Added);
        Assert.Contains($"| {AddedRow} |", added.After);
        Assert.StartsWith("表", added.Location);
        Assert.Single(changes, c => c.Kind == VersionChange.Changed && c.Before == OldSentence && c.After == NewSentence);
        var years = changes.Where(c => c.Kind == VersionChange.Changed && c.Before != OldSentence).ToList();
        Assert.NotEmpty(years);
        Assert.All(years, c => Assert.Equal(c.After, Year().Replace(c.Before!, m => (int.Parse(m.Value) + 1).ToString())));
        Assert.Equal(years.Count + 2, changes.Count);
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex("20[0-9]{2}")]
    private static partial Regex Year();

    public void Dispose()
    {
        if (Directory.Exists(_repository)) Directory.Delete(_repository, recursive: true);
    }
}
