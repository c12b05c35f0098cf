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
        await Expect(diagnostic.Locator(".where strong")).ToHaveTextAsync("正文：第1个表格 第1行 第2格 第1段");
        await Expect(diagnostic.Locator(".tag")).ToHaveTextAsync("{{ intro");
        await Expect(diagnostic.Locator(".raw")).ToContainTextAsync("word/document.xml (table 1, row 1, cell 2, paragraph 1)");
        await Expect(page.Locator("#result-summary")).ToContainTextAsync("1 个错误");
        await Expect(page.Locator("#previews")).ToContainTextAsync("无法生成预览");
        await Screenshots.TakeAsync(page, "check-broken-1280");
        Assert.Empty(browser.PageProblems[page]);
    }

    [Fact]
    public async Task AFieldTheSchemaLacksIsReportedWithASuggestion()
    {
        using var files = new TestFiles();
        var template = files.Write("template.docx", TestFiles.Docx(["企业名称：{{ nmae }}"], []));
        var schema = files.Write("schema.json", """{"type":"object","properties":{"name":{"type":"string","title":"企业名称"}}}"""u8.ToArray());
        var page = await browser.OpenAsync("/check.html");

        await page.GetByLabel("Word 模板").SetInputFilesAsync(template);
        await page.GetByLabel("数据结构").SetInputFilesAsync(schema);
        await page.GetByRole(AriaRole.Button, new() { Name = "检查模板" }).ClickAsync();

        var unknown = page.Locator(".diagnostic", new() { HasTextString = "DG0201" });
        await Expect(unknown.Locator(".message")).ToContainTextAsync("did you mean \"name\"");
        await Expect(unknown.Locator(".where strong")).ToHaveTextAsync("正文：第1段");
        await Expect(page.Locator(".diagnostic", new() { HasTextString = "DG0204" })).ToContainTextAsync("警告");
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
    }

    [Fact]
    public async Task AtPhoneWidthTheCheckReportFitsTheScreen()
    {
        using var files = new TestFiles();
        var template = files.Write("template.docx", TestFiles.Docx(["{{ for p in projects }}{{ p.name }}"], ["{{ x | nosuchfilter }}", "{{ intro"]));
        var page = await browser.OpenAsync("/check.html", width: 375, height: 800);

        await page.GetByLabel("Word 模板").SetInputFilesAsync(template);
        await page.GetByRole(AriaRole.Button, new() { Name = "检查模板" }).ClickAsync();
        await Expect(page.Locator(".diagnostic").First).ToBeVisibleAsync();

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow} px wider than the phone");
        await Screenshots.TakeAsync(page, "check-broken-375");
    }
}
