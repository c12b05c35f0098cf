using System.Text.RegularExpressions;
using DocGen.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DocGen.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class FormPageTests(BrowserFixture browser)
{
    private const string CaseForm = "/form.html?id=guangzhou/green-manufacturing-case-enterprise";
    private const string FactoryReview = "/form.html?id=henan/annual-review-factory&version=2023";
    private const string LongReport = "/form.html?id=henan/green-factory-self-evaluation";

    private static async Task<IPage> ReadyAsync(IPage page)
    {
        await Expect(page.Locator("#download-docx")).ToBeEnabledAsync();
        return page;
    }

    [Fact]
    public async Task FillingACaseWithCheckBoxesAndHighlightRowsDownloadsADocxWithThatText()
    {
        var page = await ReadyAsync(await browser.OpenAsync(CaseForm));
        await page.GetByLabel("企业名称").FillAsync("广州绿源汽车零部件有限公司");
        await page.GetByLabel("绿色工厂", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("绿色供应链管理企业", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "绿色工厂级别" }).GetByLabel("国家级").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "绿色供应链管理企业级别" }).GetByLabel("省级").CheckAsync();
        await page.GetByLabel("绿色制造案例名称").FillAsync("涂装车间挥发性有机物源头替代");
        var highlights = page.GetByRole(AriaRole.Group, new() { Name = "亮点做法" });
        await Expect(highlights.Locator("li.item")).ToHaveCountAsync(3);
        for (var i = 1; i <= 3; i++)
        {
            var row = page.GetByRole(AriaRole.Group, new() { Name = $"亮点 {i}", Exact = true });
            await row.GetByLabel("亮点名称").FillAsync($"亮点{i}：水性涂料替代第{i}步");
            await row.GetByLabel("亮点做法").FillAsync($"第{i}项做法的背景与内容。");
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "添加亮点" }).ClickAsync();
        var fourth = page.GetByRole(AriaRole.Group, new() { Name = "亮点 4", Exact = true });
        await Expect(fourth.GetByLabel("亮点名称")).ToBeFocusedAsync();
        await fourth.GetByLabel("亮点名称").FillAsync("临时加的一行");
        await page.GetByRole(AriaRole.Button, new() { Name = "删除亮点 4" }).ClickAsync();
        await Expect(highlights.Locator("li.item")).ToHaveCountAsync(3);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "删除亮点 1" })).ToBeDisabledAsync();
        await Expect(page.Locator("#summary-text")).ToHaveTextAsync(new Regex("校验通过"));
        await Screenshots.TakeAsync(page, "form-case-1280");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "下载 DOCX" }).ClickAsync());

        Assert.Equal("广州绿源汽车零部件有限公司绿色制造优秀案例征集表.docx", download.SuggestedFilename);
        var text = WordText.Of((await download.PathAsync())!);
        Assert.Contains("广州绿源汽车零部件有限公司", text);
        Assert.Contains("☑绿色工厂（☑国家级　□省级　□市级）", text);
        Assert.Contains("☑绿色供应链管理企业（□国家级　☑省级　□市级）", text);
        Assert.Contains("□工业产品绿色设计示范企业", text);
        Assert.Contains("（3）亮点3：水性涂料替代第3步", text);
        Assert.DoesNotContain("临时加的一行", text);
        Assert.Empty(browser.PageProblems[page]);
    }

    [Fact]
    public async Task AnIntroOverThreeHundredCharactersAndABadPhoneAreFlaggedUntilFixed()
    {
        var page = await ReadyAsync(await browser.OpenAsync(CaseForm));
        var intro = page.GetByLabel("企业简介");
        var introField = page.Locator(".field", new() { Has = intro });
        var phone = page.GetByLabel("联系电话");

        await intro.FillAsync(new string('绿', 312));
        await phone.FillAsync("12345");

        await Expect(introField.Locator(".counter")).ToHaveTextAsync("312/300字");
        await Expect(introField.Locator(".counter")).ToHaveClassAsync(new Regex(@"\bover\b"));
        await Expect(introField.Locator(".error")).ToHaveTextAsync("企业简介限300字以内（当前312字）");
        await Expect(intro).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(intro).ToHaveAccessibleDescriptionAsync(new Regex("企业简介限300字以内（当前312字）"));
        await Expect(page.Locator(".field", new() { Has = phone }).Locator(".error")).ToContainTextAsync("联系电话格式不正确");
        await Expect(page.Locator("#summary-list a")).ToHaveCountAsync(2);
        await Screenshots.TakeAsync(page, "form-errors-1280");

        await intro.FillAsync(new string('绿', 300));
        await phone.FillAsync("020-83334567");

        await Expect(introField.Locator(".counter")).ToHaveTextAsync("300/300字");
        await Expect(introField.Locator(".counter")).Not.ToHaveClassAsync(new Regex(@"\bover\b"));
        await Expect(introField.Locator(".error")).ToBeHiddenAsync();
        await Expect(intro).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#summary-text")).ToHaveTextAsync(new Regex("校验通过"));
    }

    [Fact]
    public async Task InFinalModeTheDownloadListsWhatIsStillMissingAndLinksToTheField()
    {
        var page = await ReadyAsync(await browser.OpenAsync(CaseForm));
        await page.GetByLabel("企业名称").FillAsync("广州绿源汽车零部件有限公司");
        await page.GetByRole(AriaRole.Radio, new() { Name = "定稿" }).CheckAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "下载 DOCX" }).ClickAsync();

        await Expect(page.Locator("#status")).ToContainTextAsync("未能生成");
        await Expect(page.Locator("#summary")).ToBeFocusedAsync();
        var missing = page.Locator("#summary-list a", new() { HasTextString = "联系人为必填项" });
        await Expect(missing).ToBeVisibleAsync();
        await missing.ClickAsync();
        await Expect(page.GetByLabel("联系人")).ToBeFocusedAsync();
        await Expect(page.Locator(".field", new() { Has = page.GetByLabel("联系人") }).Locator(".error")).ToHaveTextAsync("联系人为必填项");
    }

    [Fact]
    public async Task FewerRowsThanAFinalNeedsAreAWarningInADraftThatStillDownloads()
    {
        var page = await ReadyAsync(await browser.OpenAsync(CaseForm));
        await page.GetByLabel("企业名称").FillAsync("广州绿源汽车零部件有限公司");
        var first = page.GetByRole(AriaRole.Group, new() { Name = "亮点 1", Exact = true });
        await first.GetByLabel("亮点名称").FillAsync("水性涂料替代");
        await first.GetByLabel("亮点做法").FillAsync("涂装线改用水性涂料。");

        var highlights = page.GetByRole(AriaRole.Group, new() { Name = "亮点做法" });
        await Expect(highlights.Locator("> p.warning")).ToHaveTextAsync("亮点做法定稿时至少3项（当前1项），草稿可先下载");
        await Expect(page.Locator("#summary-text")).ToContainTextAsync("另有 1 处提醒只在定稿时必须满足");
        await Expect(page.Locator("#summary-list a.warning")).ToHaveTextAsync(["亮点做法定稿时至少3项（当前1项），草稿可先下载"]);
        await Expect(page.Locator("#section-list a", new() { HasTextString = "绿色制造案例" }).Locator(".badge")).ToHaveTextAsync(["1 处提醒"]);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "下载 DOCX" }).ClickAsync());
        Assert.Contains("水性涂料替代", WordText.Of((await download.PathAsync())!));
        await Expect(page.Locator("#status")).ToContainTextAsync("有 1 处提醒须在定稿前处理");
        await Screenshots.TakeAsync(page, "form-case-short-list-1280", wholePage: false);

        await page.GetByRole(AriaRole.Radio, new() { Name = "定稿" }).CheckAsync();
        await Expect(highlights.Locator("> p.warning")).ToBeHiddenAsync();
        await Expect(highlights.Locator("> p.error")).ToHaveTextAsync(new Regex("亮点做法至少3项（当前1项）"));
    }

    [Fact]
    public async Task ADraftTypedBeforeAReloadIsStillThere()
    {
        var page = await ReadyAsync(await browser.OpenAsync(CaseForm));
        await page.GetByLabel("企业名称").FillAsync("广州绿源汽车零部件有限公司");
        await page.GetByLabel("工业产品绿色设计示范企业").CheckAsync();
        await Expect(page.Locator("#draft-note")).ToContainTextAsync("本机草稿已保存");

        await page.ReloadAsync();

        await Expect(page.GetByLabel("企业名称")).ToHaveValueAsync("广州绿源汽车零部件有限公司");
        await Expect(page.GetByLabel("工业产品绿色设计示范企业")).ToBeCheckedAsync();
        await Expect(page.Locator("#data-status")).ToContainTextAsync("已恢复本机草稿");
    }

    [Fact]
    public async Task DataSavedAsAJsonFileComesBackWhenTheFileIsLoaded()
    {
        var page = await ReadyAsync(await browser.OpenAsync(CaseForm));
        await page.GetByLabel("企业名称").FillAsync("广州绿源汽车零部件有限公司");
        await page.GetByLabel("联系人").FillAsync("陈立");
        var saved = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "保存为 JSON 文件" }).ClickAsync());
        using var files = new TestFiles();
        var path = Path.Combine(files.Folder, "data.json");
        await saved.SaveAsAsync(path);

        await page.GetByRole(AriaRole.Button, new() { Name = "清空表单" }).ClickAsync();
        await Expect(page.GetByLabel("企业名称")).ToHaveValueAsync("");
        await page.GetByLabel("载入 JSON 文件").SetInputFilesAsync(path);

        await Expect(page.GetByLabel("企业名称")).ToHaveValueAsync("广州绿源汽车零部件有限公司");
        await Expect(page.GetByLabel("联系人")).ToHaveValueAsync("陈立");
        await Expect(page.Locator("#data-status")).ToContainTextAsync("已载入“data.json”");
    }

    [Fact]
    public async Task APhotoChosenFromAFileIsPreviewedAndEmbeddedInTheDocx()
    {
        var page = await ReadyAsync(await browser.OpenAsync(CaseForm));
        using var files = new TestFiles();
        var png = files.Write("厂区.png", TestFiles.Png());
        await page.GetByLabel("企业名称").FillAsync("广州绿源汽车零部件有限公司");

        await page.GetByLabel("照片 1", new() { Exact = true }).SetInputFilesAsync(png);

        var photo = page.Locator(".field.image", new() { Has = page.GetByLabel("照片 1", new() { Exact = true }) });
        await Expect(photo.GetByRole(AriaRole.Img, new() { Name = "照片 1预览" })).ToBeVisibleAsync();
        await Expect(photo.Locator(".image-status")).ToContainTextAsync("厂区.png");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "下载 DOCX" }).ClickAsync());
        Assert.Contains(WordText.Parts((await download.PathAsync())!), p => p.StartsWith("word/media/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheFactoryReviewSampleFillsTheFormAndDownloadsAsDocxAndPdf()
    {
        var page = await ReadyAsync(await browser.OpenAsync(FactoryReview));
        await page.GetByLabel("示例数据").SelectOptionAsync("luoyang-bearing");
        await page.GetByRole(AriaRole.Button, new() { Name = "载入示例" }).ClickAsync();
        await Expect(page.GetByLabel(new Regex("^工厂名称"))).ToHaveValueAsync("洛阳宏拓精密轴承有限公司");
        var projects = page.GetByRole(AriaRole.Group, new() { Name = "2.绿色低碳升级改造项目实施情况" });
        await Expect(projects.Locator("ol.items > li.item")).ToHaveCountAsync(5);
        await Expect(projects.GetByRole(AriaRole.Button, new() { Name = "添加绿色制造改造项目" })).ToBeDisabledAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "定稿" }).CheckAsync();
        await Expect(page.Locator("#summary-text")).ToHaveTextAsync("校验通过：可以定稿下载。");
        await Screenshots.TakeAsync(page, "form-factory-1280");

        var docx = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "下载 DOCX" }).ClickAsync());
        var text = WordText.Of((await docx.PathAsync())!);
        Assert.Contains("洛阳宏拓精密轴承有限公司", text);
        Assert.Contains("空压站系统节能改造项目", text);

        var pdf = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "下载 PDF" }).ClickAsync(),
            new() { Timeout = 90_000 });
        Assert.EndsWith(".pdf", pdf.SuggestedFilename);
        var head = new byte[5];
        await using (var stream = File.OpenRead((await pdf.PathAsync())!)) await stream.ReadExactlyAsync(head);
        Assert.Equal("%PDF-"u8.ToArray(), head);
    }

    [Fact]
    public async Task RemovingAProjectRenumbersTheRowsAndKeepsTheRest()
    {
        var page = await ReadyAsync(await browser.OpenAsync(FactoryReview));
        var projects = page.GetByRole(AriaRole.Group, new() { Name = "2.绿色低碳升级改造项目实施情况" });
        await Expect(projects.Locator("ol.items > li.item")).ToHaveCountAsync(1);
        await projects.GetByRole(AriaRole.Button, new() { Name = "添加绿色制造改造项目" }).ClickAsync();
        await projects.GetByRole(AriaRole.Button, new() { Name = "添加绿色制造改造项目" }).ClickAsync();
        for (var i = 1; i <= 3; i++)
            await page.GetByRole(AriaRole.Group, new() { Name = $"绿色制造改造项目 {i}", Exact = true }).GetByLabel("项目名称").FillAsync($"项目{i}");

        await page.GetByRole(AriaRole.Button, new() { Name = "删除绿色制造改造项目 2" }).ClickAsync();

        await Expect(projects.Locator("ol.items > li.item")).ToHaveCountAsync(2);
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "绿色制造改造项目 2", Exact = true }).GetByLabel("项目名称")).ToHaveValueAsync("项目3");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "绿色制造改造项目 2", Exact = true }).GetByLabel("项目名称")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task EveryControlHasALabelAndTheFormCanBeReachedByKeyboard()
    {
        var page = await ReadyAsync(await browser.OpenAsync(FactoryReview));

        var unlabelled = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('input, select, textarea')]
              .filter(e => e.type !== 'hidden' && e.labels.length === 0 && !e.getAttribute('aria-label'))
              .map(e => e.outerHTML)
            """);
        Assert.Empty(unlabelled);

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "跳到表单" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel(new Regex("^工厂名称"))).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("洛阳宏拓精密轴承有限公司");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "所属批次" }).GetByRole(AriaRole.Radio).First).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(page.GetByLabel("第二批")).ToBeCheckedAsync();
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.Equal("solid", outline);
    }

    [Fact]
    public async Task AnOfficialFormsHeaderNamesOnlyWhatItHasAndThePageAsksForNothingMissing()
    {
        var failed = new List<string>();
        var page = await browser.OpenAsync(LongReport);
        page.Response += (_, response) => { if (response.Status >= 400) failed.Add($"{response.Status} {response.Url}"); };
        await page.ReloadAsync();
        await ReadyAsync(page);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var meta = page.Locator("#meta");
        await Expect(meta.Locator(".badge")).ToHaveTextAsync(["官方原文"]);
        await Expect(meta).Not.ToContainTextAsync("null");
        await Expect(meta).Not.ToContainTextAsync("undefined");
        await Expect(meta).ToContainTextAsync("豫工信办节〔2023〕16号");
        var icon = await page.APIRequest.GetAsync("/favicon.ico");
        Assert.Equal(200, icon.Status);
        Assert.Empty(failed);
        Assert.Empty(browser.PageProblems[page]);
    }

    [Fact]
    public async Task AtPhoneWidthTheFormFitsTheScreen()
    {
        var page = await ReadyAsync(await browser.OpenAsync(CaseForm, width: 375, height: 800));
        await page.GetByLabel("企业简介").FillAsync(new string('绿', 312));
        await Expect(page.Locator(".field", new() { Has = page.GetByLabel("企业简介") }).Locator(".error")).ToBeVisibleAsync();

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");

        Assert.True(overflow <= 0, $"the page is {overflow} px wider than the phone");
        await Screenshots.TakeAsync(page, "form-case-375");
    }
}
