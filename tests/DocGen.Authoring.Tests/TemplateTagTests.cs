using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Authoring.Tests;

public sealed class TemplateTagTests
{
    [Fact]
    public void TagsStayWholeInOneRunEach()
    {
        using var form = CompiledForm.From(".p 单位：{{ company.name }}，成立于{{ founded | date }}。");

        var texts = form.Paragraphs()[0].Elements<Run>().Select(r => r.InnerText).ToArray();
        Assert.Contains("{{ company.name }}", texts);
        Assert.Contains("{{ founded | date }}", texts);
    }

    [Fact]
    public void MarksAroundATagFormatTheWholeTagRun()
    {
        using var form = CompiledForm.From(".p 名称：**{{ company.name }}**，__{{ sign_date | date | default \"    年    月    日\" }}__");

        var runs = form.Paragraphs()[0].Elements<Run>().ToArray();
        var name = runs.Single(r => r.InnerText == "{{ company.name }}");
        Assert.NotNull(name.RunProperties!.Bold);
        var date = runs.Single(r => r.InnerText == "{{ sign_date | date | default \"    年    月    日\" }}");
        Assert.NotNull(date.RunProperties!.Underline);
    }

    [Fact]
    public void MarkCharactersInsideATagAreLeftAlone()
    {
        using var form = CompiledForm.From(".p {{ a__b.c**d }}");

        Assert.Equal("{{ a__b.c**d }}", Assert.Single(form.Paragraphs()[0].Elements<Run>()).InnerText);
    }

    [Fact]
    public void BarsInsideTagsDoNotSplitTableCells()
    {
        using var form = CompiledForm.From(".table{cols=3|7}\n| 企业类别 | {{ kind | check \"绿色工厂\" }}绿色工厂 |\n.end");

        var cells = form.Table().Descendants<TableCell>().ToArray();
        Assert.Equal(2, cells.Length);
        var runs = cells[1].Descendants<Run>().Select(r => r.InnerText).ToArray();
        Assert.Equal(["{{ kind | check \"绿色工厂\" }}", "绿色工厂"], runs);
    }

    [Fact]
    public void RowLoopTagsPassThroughAfterCellOptions()
    {
        using var form = CompiledForm.From(".table{cols=1|1}\n| {c}{{ for p in projects min:1 }}项目{{ for.index + 1 }} | {{ p.note }}{{ end }} |\n.end");

        var first = form.Table().Descendants<TableCell>().First();
        Assert.Equal(["{{ for p in projects min:1 }}", "项目", "{{ for.index + 1 }}"], first.Descendants<Run>().Select(r => r.InnerText));
        Assert.Equal(JustificationValues.Center, first.Descendants<Justification>().Single().Val!.Value);
    }

    [Fact]
    public void EveryTagInTheEveryFeatureSourceSitsInOneRun()
    {
        var source = CompiledForm.EveryFeatureSource();
        using var form = CompiledForm.From(source);

        var tagCount = source.Split('\n').Where(l => !l.TrimStart().StartsWith("//")).Sum(l => CountOf(l, "{{"));
        var tagRuns = form.Body.Descendants<Run>().Count(r => r.InnerText.StartsWith("{{") && r.InnerText.EndsWith("}}") && CountOf(r.InnerText, "{{") == 1);
        Assert.Equal(tagCount, tagRuns);
        Assert.DoesNotContain(form.Body.Descendants<Text>(), t => CountOf(t.Text, "{{") != CountOf(t.Text, "}}"));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
