using System.Text.RegularExpressions;
using DocGen.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DocGen.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class CheckPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task ABrokenTemplateShowsTheUnclosedTagWithItsLocation()
    {
        using var files = new TestFiles();
        var template = files.Write("template.docx", TestFiles.Docx(["企业名称：{{ name }}"], ["简介", "{{ intro"]));
        var page = await browser.OpenAsync("/check.html");

        await page.GetByLabel("Word 模板").SetInputFilesAsync(template);
        await page.GetByRole(AriaRole.Button, new() { Name = "检查模板" }).ClickAsync();

        var diagnostic = page.Locator(".diagnostic.error");
        await Expect(diagnostic).ToHaveCountAsync(1);
        await Expect(diagnostic.Locator("header")).ToContainTextAsync("DG0101");
        await Expect(diagnostic.Locator("header")).ToContainTextAsync("标签缺少结尾的 }}");
        await Expect(diagnostic.Locator(".where strong")).ToHaveTextAsync("第1页 第1个表格 第1行 第2格", new() { Timeout = 90_000 });
        await Expect(diagnostic.Locator(".tag")).ToHaveTextAsync("{{ intro");
        await Expect(diagnostic).Not.ToContainTextAsync("word/document.xml");
        await Expect(page.Locator("#result-summary")).ToContainTextAsync("1 个错误");
        await Expect(page.Locator("#previews")).ToContainTextAsync("无法生成预览");
        await Screenshots.TakeAsync(page, "check-broken-1280");
        Assert.Empty(browser.PageProblems[page]);
    }

    [Fact]
    public async Task AFieldTheSchemaLacksIsReportedOnceInChineseWithASuggestion()
    {
        using var files = new TestFiles();
        var template = files.Write("template.docx", TestFiles.Docx(["企业名称：{{ nmae }}"], []));
        var schema = files.Write("schema.json", """{"type":"object","properties":{"name":{"type":"string","title":"企业名称"}}}"""u8.ToArray());
        var page = await browser.OpenAsync("/check.html");

        await page.GetByLabel("Word 模板").SetInputFilesAsync(template);
        await page.GetByLabel("数据结构").SetInputFilesAsync(schema);
        await page.GetByRole(AriaRole.Button, new() { Name = "检查模板" }).ClickAsync();

        var unknown = page.Locator(".diagnostic", new() { HasTextString = "DG0201" });
        await Expect(unknown.Locator("header")).ToContainTextAsync("标签引用了数据结构中没有的字段");
        await Expect(unknown.Locator(".message-zh")).ToHaveTextAsync("数据结构没有字段「nmae」，是否想写「name」？");
        await Expect(unknown.Locator(".hint")).ToContainTextAsync("schema.json");
        // The engine's English detail is secondary: folded away until asked for.
        await Expect(unknown.Locator(".detail .message")).ToBeHiddenAsync();
        await Expect(unknown.Locator(".detail .message")).ToContainTextAsync("did you mean \"name\"");
        await Expect(unknown.Locator(".where strong")).ToHaveTextAsync("第1页", new() { Timeout = 90_000 });
        await Expect(unknown.Locator(".context")).ToHaveTextAsync("企业名称：{{ nmae }}");
        // The typo is one problem: "name" is not reported again as a field no tag uses.
        await Expect(page.Locator(".diagnostic")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task ACatalogTemplateIsPreviewedBlankAndWithItsSample()
    {
        var page = await browser.OpenAsync("/check.html");
        await page.GetByLabel("Word 模板").SetInputFilesAsync(Path.Combine(Repository.Templates, "guangzhou", "green-manufacturing-case-enterprise", "2024", "template.docx"));
        await page.GetByLabel("对照目录中的表单").SelectOptionAsync("guangzhou/green-manufacturing-case-enterprise@2024");

        await page.GetByRole(AriaRole.Button, new() { Name = "检查模板" }).ClickAsync();

        await Expect(page.Locator(".all-clear")).ToHaveTextAsync("没有发现问题。", new() { Timeout = 90_000 });
        var blank = page.GetByRole(AriaRole.Region, new() { Name = "空白表单" });
        var sample = page.GetByRole(AriaRole.Region, new() { Name = "示例填写" });
        await Expect(blank.GetByRole(AriaRole.Img, new() { Name = "空白表单 第1页" })).ToBeVisibleAsync();
        await Expect(sample.GetByRole(AriaRole.Img, new() { Name = "示例填写 第1页" })).ToBeVisibleAsync();
        await Expect(sample.Locator(".note")).ToHaveTextAsync(new Regex(@"^共 \d+ 页"));
        var drawn = await sample.Locator("canvas").First.EvaluateAsync<int>("c => c.width");
        Assert.True(drawn > 500, $"the first sample page is {drawn} px wide");
        await Screenshots.TakeAsync(page, "check-preview-1280");

        var docx = await page.RunAndWaitForDownloadAsync(() => sample.GetByRole(AriaRole.Button, new() { Name = "下载示例填写 DOCX" }).ClickAsync());
        Assert.Contains("绿色制造案例", WordText.Of((await docx.PathAsync())!));
        Assert.Equal("template 示例填写.docx", docx.SuggestedFilename);
        var blankPdf = await page.RunAndWaitForDownloadAsync(() => blank.GetByRole(AriaRole.Button, new() { Name = "下载空白表单 PDF" }).ClickAsync());
        Assert.Equal("template 空白表单.pdf", blankPdf.SuggestedFilename);
    }

    [Fact]
    public async Task ACopyOfACatalogTemplateWithAMistypedTagIsRecognisedAndTheTypoIsAnError()
    {
        using var files = new TestFiles();
        var original = Path.Combine(Repository.Templates, "guangzhou", "green-manufacturing-case-enterprise", "2024", "template.docx");
        var template = files.Write("template.docx", TestFiles.Replace(File.ReadAllBytes(original), "company.name", "company.nmae"));
        var page = await browser.OpenAsync("/check.html", height: 900);
        await Expect(page.GetByLabel("对照目录中的表单")).ToHaveValueAsync("");

        await page.GetByLabel("Word 模板").SetInputFilesAsync(template);
        await page.GetByRole(AriaRole.Button, new() { Name = "检查模板" }).ClickAsync();

        await Expect(page.Locator("#result-form")).ToContainTextAsync("已按固定文字识别为目录中的表单：广州市工业和信息化局 广州市绿色制造优秀案例征集表（企业）（2024年版）", new() { Timeout = 180_000 });
        await Expect(page.Locator(".all-clear")).ToHaveCountAsync(0);
        var typo = page.Locator(".diagnostic.error", new() { HasTextString = "company.nmae" }).First;
        await Expect(typo.Locator(".where strong")).ToHaveTextAsync(new Regex(@"^第\d+页"));
        await Expect(typo.Locator(".context")).ToContainTextAsync("{{ company.nmae");
        await Screenshots.TakeAsync(page, "check-recognised-typo-1280");
    }

    [Fact]
    public async Task ATemplateNoFormMatchesIsSaidToBeUncheckedAndEveryTagIsListed()
    {
        using var files = new TestFiles();
        var template = files.Write("template.docx", TestFiles.Docx(["企业名称：{{ name }}", "联系电话：{{ phone }}"], []));
        var page = await browser.OpenAsync("/check.html");

        await page.GetByLabel("Word 模板").SetInputFilesAsync(template);
        await page.GetByRole(AriaRole.Button, new() { Name = "检查模板" }).ClickAsync();

        await Expect(page.Locator("#result-form")).ToContainTextAsync("标签未对照任何数据结构检查", new() { Timeout = 90_000 });
        await Expect(page.Locator("#result-tags li")).ToHaveCountAsync(2);
        await Expect(page.Locator("#result-tags li").Nth(1)).ToContainTextAsync("联系电话：{{ phone }}");
        await Expect(page.Locator(".all-clear")).Not.ToHaveTextAsync("没有发现问题。");
        await Screenshots.TakeAsync(page, "check-unchecked-1280");
    }

    [Fact]
    public async Task ChoosingNotToCompareSaysSoAndThatTheConstantsAreEmpty()
    {
        using var files = new TestFiles();
        var template = files.Write("template.docx", TestFiles.Docx(["{{ form.year }}年度汇总表", "企业名称：{{ name }}"], []));
        var page = await browser.OpenAsync("/check.html");

        await page.GetByLabel("Word 模板").SetInputFilesAsync(template);
        await page.GetByLabel("对照目录中的表单").SelectOptionAsync("none");
        await page.GetByRole(AriaRole.Button, new() { Name = "检查模板" }).ClickAsync();

        await Expect(page.Locator("#result-form")).ToContainTextAsync("已选择“不对照”目录表单，也没有上传数据结构", new() { Timeout = 90_000 });
        await Expect(page.Locator("#result-form")).Not.ToContainTextAsync("没有识别出");
        var constant = page.Locator(".diagnostic.warning", new() { HasTextString = "DG0206" });
        await Expect(constant).ToHaveCountAsync(1);
        await Expect(constant.Locator(".message-zh")).ToContainTextAsync("「form.year」是目录表单的常量");
        await Expect(constant.Locator(".where strong")).ToHaveTextAsync("第1页");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "空白表单" }).Locator(".preview-note")).ToContainTextAsync("常量为空");
        await Screenshots.TakeAsync(page, "check-none-chosen-1280");
    }

    [Fact]
    public async Task TheCatalogFormsToCompareWithAreGroupedByIssuer()
    {
        var page = await browser.OpenAsync("/check.html");
        var forms = page.GetByLabel("对照目录中的表单");

        await Expect(forms.Locator("optgroup")).ToHaveCountAsync(4);
        await Expect(forms.Locator("optgroup[label='河南省工业和信息化厅'] option", new() { HasTextString = "绿色工厂自评价报告（2023年版）" })).ToHaveCountAsync(1);
        await Expect(forms.Locator("optgroup[label='工业和信息化部'] option", new() { HasTextString = "绿色工厂自评价报告（2022年版）" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task AtPhoneWidthTheCheckReportFitsTheScreen()
    {
        using var files = new TestFiles();
        var template = files.Write("template.docx", TestFiles.Docx(["{{ for p in projects }}{{ p.name }}"], ["{{ x | nosuchfilter }}", "{{ intro"]));
        var page = await browser.OpenAsync("/check.html", width: 390, height: 844);

        await page.GetByLabel("Word 模板").SetInputFilesAsync(template);
        await page.GetByRole(AriaRole.Button, new() { Name = "检查模板" }).ClickAsync();
        await Expect(page.Locator(".diagnostic").First).ToBeVisibleAsync();

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow} px wider than the phone");
        // The place and the text to search for are read one after the other, never run into each other on a narrow line.
        var first = page.Locator(".diagnostic").First;
        var where = (await first.Locator(".where").BoundingBoxAsync())!;
        var find = (await first.Locator(".find").BoundingBoxAsync())!;
        Assert.True(find.Y >= where.Y + where.Height, $"the text to search for starts at {find.Y}, inside the location line ending at {where.Y + where.Height}");
        await Screenshots.TakeAsync(page, "check-broken-390");
    }
}
