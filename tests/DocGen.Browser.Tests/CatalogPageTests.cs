using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocGen.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DocGen.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class CatalogPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task CatalogListsEveryFormUnderItsAuthorityInTheNoticeOrder()
    {
        using var http = new HttpClient { BaseAddress = browser.Server.BaseAddress };
        var forms = await http.GetFromJsonAsync<JsonElement[]>("/api/forms");
        var page = await browser.OpenAsync("/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "绿色制造表单目录", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".form-card")).ToHaveCountAsync(forms!.Length);
        var authorities = await page.Locator(".authority > h2").AllInnerTextsAsync();
        Assert.Collection(authorities,
            a => Assert.StartsWith("河南省", a),
            a => Assert.StartsWith("河北省", a),
            a => Assert.StartsWith("广州市", a),
            a => Assert.StartsWith("工业和信息化部", a));
        await Screenshots.TakeAsync(page, "catalog-1280");
        Assert.Empty(browser.PageProblems[page]);
    }

    [Fact]
    public async Task AReconstructedFormShowsItsConfidenceAndItsBasisAndCopiesWhenItsProvenanceIsOpened()
    {
        var page = await browser.OpenAsync("/");
        var card = page.Locator(".form-card", new() { Has = page.Locator(".id", new() { HasTextString = "miit/evaluation-agency-annual-report" }) });
        await Expect(card.Locator(".badge.reconstructed")).ToHaveTextAsync("复原件");
        await Expect(card.Locator(".badge.confidence")).ToHaveTextAsync("依通知要求拟制");

        await card.GetByText("复原依据与出处").ClickAsync();

        await Expect(card.Locator(".basis")).ToContainTextAsync("agency");
        await Expect(card.Locator(".version-detail").First).ToContainTextAsync("2022");
        await Expect(card.Locator(".version-detail").First).ToContainTextAsync("依通知要求拟制");
        await Expect(card.Locator(".consulted a").First).ToHaveAttributeAsync("href", "https://www.chacewang.com/newsdetail/news599635.html");
    }

    [Fact]
    public async Task TheBlankDocxLinkDownloadsTheOfficialForm()
    {
        var page = await browser.OpenAsync("/");
        var card = page.Locator(".form-card", new() { Has = page.Locator(".id", new() { HasTextString = "henan/annual-review-factory" }) });

        var download = await page.RunAndWaitForDownloadAsync(() => card.GetByRole(AriaRole.Link, new() { Name = "下载空白DOCX" }).ClickAsync());

        Assert.EndsWith(".docx", download.SuggestedFilename);
        var text = WordText.Of((await download.PathAsync())!);
        Assert.Contains("绿色工厂年度复核表", text);
    }

    [Fact]
    public async Task BlanksOfTheSameTitleFromTwoIssuersDownloadUnderNamesWithIssuerVersionAndBlank()
    {
        var page = await browser.OpenAsync("/");
        async Task<string> BlankNameAsync(string id)
        {
            var card = page.Locator(".form-card", new() { Has = page.Locator(".id", new() { HasTextString = id }) });
            var download = await page.RunAndWaitForDownloadAsync(() => card.GetByRole(AriaRole.Link, new() { Name = "下载空白DOCX" }).ClickAsync(),
                new() { Timeout = 60_000 });
            return download.SuggestedFilename;
        }

        Assert.Equal("河南省工业和信息化厅 绿色工厂自评价报告（2023年版）空白.docx", await BlankNameAsync("henan/green-factory-self-evaluation"));
        Assert.Equal("工业和信息化部 绿色工厂自评价报告（2022年版）空白.docx", await BlankNameAsync("miit/green-factory-self-evaluation"));
    }

    [Fact]
    public async Task AfterFilteringEachHeadingCountsTheFormsItShows()
    {
        var page = await browser.OpenAsync("/");
        var henan = page.Locator(".authority", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "河南省工业和信息化厅" }) });
        await Expect(henan.Locator("h2 .count")).ToHaveTextAsync("15 张表");

        await page.GetByLabel("筛选表单").FillAsync("自评价");

        await Expect(henan.Locator("h2 .count")).ToHaveTextAsync(new Regex(@"^[1-9]/15 张表$"));
        var shown = await henan.Locator(".form-card:visible").CountAsync();
        await Expect(henan.Locator("h2 .count")).ToHaveTextAsync($"{shown}/15 张表");
        await Screenshots.TakeAsync(page, "catalog-filtered-1280");
    }

    [Fact]
    public async Task TheFilterKeepsOnlyMatchingFormsAndTheirHeadings()
    {
        var page = await browser.OpenAsync("/");
        await Expect(page.Locator(".form-card").First).ToBeVisibleAsync();

        await page.GetByLabel("筛选表单").FillAsync("年度复核表");

        await Expect(page.Locator("#status")).ToHaveTextAsync("找到 3 张表");
        await Expect(page.Locator(".form-card:visible")).ToHaveCountAsync(3);
        await Expect(page.Locator(".authority:visible > h2")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task AtPhoneWidthTheCatalogFitsTheScreen()
    {
        var page = await browser.OpenAsync("/", width: 375, height: 800);
        await Expect(page.Locator(".form-card").First).ToBeVisibleAsync();

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");

        Assert.True(overflow <= 0, $"the page is {overflow} px wider than the phone");
        await Screenshots.TakeAsync(page, "catalog-375");
    }
}
