using System.Text.RegularExpressions;
using DocGen.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DocGen.Browser.Tests;

/// <summary>An enterprise filling Henan's 24-page green-factory self-evaluation report: finding its way, and what 定稿 still needs.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LongReportPageTests(BrowserFixture browser)
{
    private const string Report = "/form.html?id=henan/green-factory-self-evaluation";
    private static readonly LocatorAssertionsToHaveTextOptions Slow = new() { Timeout = 60_000 };

    private static async Task<IPage> ReadyAsync(IPage page)
    {
        await Expect(page.Locator("#download-docx")).ToBeEnabledAsync(new() { Timeout = 60_000 });
        await Expect(page.Locator("#section-list li").First).ToBeAttachedAsync(new() { Timeout = 60_000 });
        return page;
    }

    private static ILocator SummaryLinks(IPage page) => page.Locator("#summary-list a");

    private static async Task<int> MissingCountAsync(IPage page)
    {
        await Expect(page.Locator("#summary-text")).ToHaveTextAsync(new Regex(@"共 \d+ 处问题（定稿）"), Slow);
        var text = await page.Locator("#summary-text").TextContentAsync();
        return int.Parse(Regex.Match(text!, @"共 (\d+) 处").Groups[1].Value);
    }

    [Fact]
    public async Task InFinalModeEveryMissingFieldIsListedByItsPlaceAndOutlinedAndFillingOneLowersTheCountByOne()
    {
        var page = await ReadyAsync(await browser.OpenAsync(Report, height: 900));
        var projects = page.GetByRole(AriaRole.Group, new() { Name = "绿色低碳升级改造重点项目汇总表" });
        await projects.GetByRole(AriaRole.Button, new() { Name = "添加重点项目" }).ClickAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "重点项目 2", Exact = true }).GetByLabel("项目名称").FillAsync("空压站余热回收");
        await page.GetByRole(AriaRole.Radio, new() { Name = "定稿" }).CheckAsync();

        var before = await MissingCountAsync(page);
        await Expect(SummaryLinks(page).Filter(new() { HasTextString = "重点项目 1 · 项目内容为必填项" })).ToHaveCountAsync(1);
        await Expect(SummaryLinks(page).Filter(new() { HasTextString = "重点项目 2 · 项目内容为必填项" })).ToHaveCountAsync(1);
        // A section left untouched is listed field by field, not as one line for the whole 附表.
        await Expect(SummaryLinks(page).Filter(new() { HasTextRegex = new Regex("^附表1.2.*为必填项") })).ToHaveCountAsync(0);
        await Expect(SummaryLinks(page).Filter(new() { HasTextString = "建筑满足法律法规及标准 · 指标值及是否符合评价要求为必填项" })).ToHaveCountAsync(1);
        await Expect(page.Locator("#summary .section-name", new() { HasTextRegex = new Regex(@"^附表1.2 绿色工厂评价指标自评表（\d+ 处）$") })).ToHaveCountAsync(1);
        Assert.Equal(before, await SummaryLinks(page).CountAsync());

        await page.ReloadAsync();
        await ReadyAsync(page);
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "定稿" })).ToBeCheckedAsync();
        var uscc = page.GetByLabel(new Regex("^统一社会信用代码"));
        await Expect(uscc).ToHaveAttributeAsync("aria-invalid", "true", new() { Timeout = 60_000 });
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "重点项目 2", Exact = true }).GetByLabel(new Regex("^项目内容")))
            .ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "基础设施·必选：建筑满足法律法规及标准" }).GetByLabel(new Regex("^指标值及是否符合评价要求")))
            .ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("p.error:visible")).ToHaveCountAsync(before);
        await Screenshots.TakeAsync(page, "report-final-missing-1280", wholePage: false);

        await uscc.FillAsync("91411100742536187B");
        await Expect(page.Locator("#summary-text")).ToHaveTextAsync($"共 {before - 1} 处问题（定稿）：", Slow);
    }

    [Fact]
    public async Task TheSectionListShowsProgressJumpsToASectionAndNextProblemWalksThroughTheProblems()
    {
        var page = await ReadyAsync(await browser.OpenAsync(Report, height: 900));
        var basic = page.Locator("#section-list a", new() { HasTextString = "基本信息表" });
        await Expect(basic.Locator(".progress")).ToHaveTextAsync(new Regex(@"^0/17"));

        await page.GetByLabel(new Regex("^工厂名称")).FillAsync("平顶山市绿源新材料有限公司");
        await page.GetByLabel(new Regex("^电子邮箱")).FillAsync("not-mail");
        await Expect(basic.Locator(".progress")).ToHaveTextAsync(new Regex(@"^2/17\s*1 处问题"), Slow);

        var plan = page.Locator("#section-list a", new() { HasTextString = "三、下一步工作" });
        await plan.ClickAsync();
        await Expect(page.GetByLabel(new Regex("^绿色工厂未来目标"))).ToBeFocusedAsync();
        await Expect(page.Locator("#sections")).ToBeInViewportAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "下一个问题" }).ClickAsync();
        await Expect(page.GetByLabel(new Regex("^电子邮箱"))).ToBeFocusedAsync();
        await Expect(page.Locator("#next-note")).ToContainTextAsync("第 1/1 处");
        await Screenshots.TakeAsync(page, "report-sections-1280", wholePage: false);
    }

    [Fact]
    public async Task NextProblemClickedAgainAndAgainWalksThroughTheProblemsInPageOrderAndRoundsToTheFirst()
    {
        var page = await ReadyAsync(await browser.OpenAsync(Report, height: 900));
        await page.GetByRole(AriaRole.Radio, new() { Name = "定稿" }).CheckAsync();
        var total = await MissingCountAsync(page);
        var next = page.GetByRole(AriaRole.Button, new() { Name = "下一个问题" });

        await next.ClickAsync();
        await Expect(page.GetByLabel(new Regex("^申报单位"))).ToBeFocusedAsync();
        await next.ClickAsync();
        await Expect(page.GetByLabel(new Regex("^所在地区"))).ToBeFocusedAsync();
        await next.ClickAsync();
        await Expect(page.GetByLabel(new Regex("^工厂名称"))).ToBeFocusedAsync();
        await Expect(page.Locator("#next-note")).ToHaveTextAsync($"第 3/{total} 处：工厂名称为必填项");

        var second = page.GetByRole(AriaRole.Group, new() { Name = "重点项目 1", Exact = true });
        await second.GetByLabel(new Regex("^项目名称")).FocusAsync();
        await next.ClickAsync();
        await Expect(second.GetByLabel(new Regex("^项目内容"))).ToBeFocusedAsync();
        await Expect(page.Locator("#next-note")).ToContainTextAsync("重点项目 1 · 项目内容为必填项");

        await SummaryLinks(page).Last.ClickAsync();
        await next.ClickAsync();
        await Expect(page.GetByLabel(new Regex("^申报单位"))).ToBeFocusedAsync();
        await Expect(page.Locator("#next-note")).ToHaveTextAsync($"已回到开头，第 1/{total} 处：申报单位为必填项");

        // From inside a field the keyboard goes on with F8, without tabbing back to the button.
        await page.Keyboard.PressAsync("F8");
        await Expect(page.GetByLabel(new Regex("^所在地区"))).ToBeFocusedAsync();
        await Expect(next).ToHaveAttributeAsync("aria-keyshortcuts", "F8");
    }

    [Fact]
    public async Task SwitchingToFinalSaysItIsCheckingInsteadOfKeepingTheDraftsVerdict()
    {
        var page = await ReadyAsync(await browser.OpenAsync(Report, height: 900));
        await Expect(page.Locator("#summary-text")).ToHaveTextAsync(new Regex("^校验通过（草稿"));

        var shown = await page.EvaluateAsync<string>("() => { document.getElementById('mode-final').click(); return document.getElementById('summary-text').textContent; }");

        Assert.Equal("正在按定稿校验…", shown);
        await MissingCountAsync(page);
    }

    [Fact]
    public async Task WhileScrollingTheSectionListMarksTheSectionBeingReadAndAPhonesBarNamesIt()
    {
        var page = await ReadyAsync(await browser.OpenAsync(Report, height: 900));
        var current = page.Locator("#section-list a[aria-current='location']");
        await Expect(current).ToContainTextAsync("封面");

        await page.GetByRole(AriaRole.Group, new() { Name = "三、下一步工作" }).EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");
        await Expect(current).ToHaveCountAsync(1);
        await Expect(current).ToContainTextAsync("三、下一步工作");
        await page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        await Expect(current).ToContainTextAsync("附表1.2");
        await Screenshots.TakeAsync(page, "report-section-here-1280", wholePage: false);

        await page.SetViewportSizeAsync(390, 844);
        await page.GetByRole(AriaRole.Group, new() { Name = "附表1.1 绿色工厂基本要求自评表" }).EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");
        await Expect(page.Locator("#section-here")).ToHaveTextAsync("附表1.1 绿色工厂基本要求自评表");
        await Expect(page.Locator("#section-here")).ToBeInViewportAsync();
        await Screenshots.TakeAsync(page, "report-section-here-390", wholePage: false);
    }

    [Fact]
    public async Task ASectionsProgressSaysWhenAnOptionalSectionIsFilledAndCountsARequiredTableWithNoFieldOfItsOwnRequired()
    {
        var page = await ReadyAsync(await browser.OpenAsync(Report, height: 900));
        var date = page.Locator("#section-list a", new() { HasTextString = "报告日期" });
        await Expect(date.Locator(".progress")).ToHaveTextAsync("选填");
        await page.GetByLabel("报告日期", new() { Exact = true }).FillAsync("2024-03-20");
        await Expect(date.Locator(".progress")).ToHaveTextAsync("选填·已填");
        await Expect(date).ToHaveClassAsync("done");

        var park = await browser.OpenAsync("/form.html?id=miit/green-park-self-evaluation", height: 900);
        await ReadyAsync(park);
        await park.GetByRole(AriaRole.Radio, new() { Name = "定稿" }).CheckAsync();
        var table = park.Locator("#section-list a", new() { HasTextString = "附表1.2 园区工业指标自评表" });
        await Expect(table.Locator(".progress")).ToHaveTextAsync(new Regex(@"^0/1\s*1 处问题$"), Slow);
        await park.GetByLabel("能源产出率（指标数据）").FillAsync("2.5");
        await Expect(table.Locator(".progress")).ToHaveTextAsync("1/1", Slow);
    }

    [Fact]
    public async Task AWordFormOfAnotherFormIsNotLoadedOverWhatWasTypedAndLeadsToItsOwnPage()
    {
        using var http = new HttpClient { BaseAddress = browser.Server.BaseAddress };
        var sample = await http.GetStringAsync("/api/forms/henan/green-factory-self-evaluation/samples/luohe-brake-parts");
        using var rendered = await http.PostAsync("/api/forms/henan/green-factory-self-evaluation/render?format=docx",
            new StringContent(sample, System.Text.Encoding.UTF8, "application/json"));
        rendered.EnsureSuccessStatusCode();
        using var files = new TestFiles();
        var docx = files.Write("瑞丰-自评价报告.docx", await rendered.Content.ReadAsByteArrayAsync());
        var page = await ReadyAsync(await browser.OpenAsync("/form.html?id=henan/green-factory-third-party-evaluation", height: 900));
        var name = page.GetByLabel(new Regex("^工厂名称"));
        await name.FillAsync("已经填写的工厂");

        await page.GetByLabel("载入填好的 Word 表单（.docx）").SetInputFilesAsync(docx);

        var status = page.Locator("#data-status");
        await Expect(status).ToContainTextAsync("“瑞丰-自评价报告.docx”是河南省工业和信息化厅《绿色工厂自评价报告》（2023 年版），不是本表单，未载入。", new() { Timeout = 60_000 });
        await Expect(name).ToHaveValueAsync("已经填写的工厂");
        await Expect(page.Locator("#unmatched")).ToBeHiddenAsync();
        await Screenshots.TakeAsync(page, "report-other-form-docx-1280", wholePage: false);

        await status.GetByRole(AriaRole.Link, new() { Name = "到该表单继续填写" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"id=henan%2Fgreen-factory-self-evaluation&version=2023$"));
        await Expect(page.GetByLabel(new Regex("^工厂名称"))).ToHaveValueAsync("漯河瑞丰汽车部件有限公司", new() { Timeout = 60_000 });

        await page.GetByRole(AriaRole.Button, new() { Name = "清空表单" }).ClickAsync();
        await page.GetByLabel("载入填好的 Word 表单（.docx）").SetInputFilesAsync(docx);
        await Expect(status).ToHaveTextAsync("已从“瑞丰-自评价报告.docx”读取填写内容。", Slow);
        await Expect(page.GetByLabel(new Regex("^工厂名称"))).ToHaveValueAsync("漯河瑞丰汽车部件有限公司");
    }

    [Fact]
    public async Task OnAPhoneTheSectionMenuStaysOnScreenAndJumps()
    {
        var page = await ReadyAsync(await browser.OpenAsync(Report, width: 390, height: 844));
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "章节" });
        await page.GetByLabel(new Regex("^工厂名称")).ScrollIntoViewIfNeededAsync();
        await Expect(menu).ToBeInViewportAsync();

        await menu.ClickAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Screenshots.TakeAsync(page, "report-sections-menu-390", wholePage: false);
        await page.Locator("#section-list a", new() { HasTextString = "附表1.1" }).ClickAsync();

        await Expect(page.Locator("#section-list")).ToBeHiddenAsync();
        var heading = page.GetByRole(AriaRole.Group, new() { Name = "附表1.1 绿色工厂基本要求自评表" }).Locator("> legend");
        var top = await heading.EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.True(top >= 4, $"the section's heading is cut at the top of the screen ({top} px)");
        var first = page.GetByRole(AriaRole.Group, new() { Name = "依法设立、遵守法律法规" }).GetByRole(AriaRole.Radio).First;
        await Expect(first).ToBeFocusedAsync();
        await Expect(first).ToBeInViewportAsync();
        await Expect(menu).ToBeInViewportAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow} px wider than the phone");
        await Screenshots.TakeAsync(page, "report-sections-390", wholePage: false);

        await menu.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "校验模式与下载" }).ClickAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "下载 DOCX" })).ToBeInViewportAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "定稿" })).ToBeInViewportAsync();
    }

    [Fact]
    public async Task AShortIntroIsAWarningInADraftThatStillDownloadsAndTheHintNamesTheMinimum()
    {
        var page = await ReadyAsync(await browser.OpenAsync(Report, height: 900));
        var intro = page.GetByLabel(new Regex("^工厂简介"));
        var field = page.Locator(".field", new() { Has = intro });
        await Expect(field.Locator(".help")).ToContainTextAsync("定稿时不少于100字");
        await Expect(field.Locator(".help")).ToContainTextAsync("最多500字");
        await page.GetByLabel(new Regex("^工厂名称")).FillAsync("平顶山市绿源新材料有限公司");

        await intro.FillAsync(new string('绿', 63));

        await Expect(field.Locator(".warning")).ToHaveTextAsync("工厂简介定稿时不少于100字（当前63字），草稿可先下载", Slow);
        await Expect(field.Locator(".error")).ToBeHiddenAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "下载 DOCX" }).ClickAsync(),
            new() { Timeout = 60_000 });
        Assert.Contains(new string('绿', 63), WordText.Of((await download.PathAsync())!));
        await Expect(page.Locator("#status")).ToContainTextAsync("1 处提醒");

        await page.GetByRole(AriaRole.Radio, new() { Name = "定稿" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "下载 DOCX" }).ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("未能生成", new() { Timeout = 60_000 });
        await Expect(page.Locator("#status")).ToHaveClassAsync(new Regex(@"\bfailed\b"));
        var background = await page.Locator("#status").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.Equal("rgb(253, 236, 234)", background);
        await Expect(field.Locator(".error")).ToHaveTextAsync("工厂简介不少于100字（当前63字）");
        await Screenshots.TakeAsync(page, "report-refused-1280", wholePage: false);
    }

    [Fact]
    public async Task EachRequirementOfTheAppendixTablesIsPrintedOnce()
    {
        var page = await ReadyAsync(await browser.OpenAsync(Report, height: 900));
        const string requirement = "绿色工厂应依法设立，在建设和生产过程中应遵守有关法律、法规、政策和标准。";
        await Expect(page.Locator("#form").GetByText(requirement, new() { Exact = false })).ToHaveCountAsync(1);
        const string building = "工厂的建筑应满足国家或地方相关法律法规及标准的要求。";
        await Expect(page.Locator("#form").GetByText(building, new() { Exact = false })).ToHaveCountAsync(1);
        var value = page.GetByRole(AriaRole.Group, new() { Name = "基础设施·必选：建筑满足法律法规及标准" });
        await Expect(value.Locator(".field .help").First).ToHaveTextAsync(new Regex("^（填写指标值或实际做法，并说明是否符合评价要求）"));
    }
}
