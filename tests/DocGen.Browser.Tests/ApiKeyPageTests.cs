using System.Text.RegularExpressions;
using DocGen.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DocGen.Browser.Tests;

/// <summary>On a service that requires an API key, the pages ask for it once, send it, and ask again when it is wrong.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ApiKeyPageTests(BrowserFixture browser, ProtectedServer service) : IClassFixture<ProtectedServer>
{
    private const string CaseForm = "/form.html?id=guangzhou/green-manufacturing-case-enterprise";

    [Fact]
    public async Task TheFormPageAsksForTheKeyRejectsAWrongOneAndDownloadsWithTheRightOne()
    {
        var page = await browser.OpenAsync(CaseForm, server: service.Server);
        await Expect(page.Locator("#download-docx")).ToBeEnabledAsync();

        // The first validation, as the page opens, is the first request that needs the key.
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "需要 API 密钥" });
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToContainTextAsync("X-Api-Key");
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(1);
        await dialog.GetByLabel("API 密钥").FillAsync("not-the-key");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();

        await Expect(dialog.GetByRole(AriaRole.Alert)).ToHaveTextAsync(new Regex("密钥无效"));
        await Screenshots.TakeAsync(page, "api-key-rejected-1280");
        await dialog.GetByLabel("API 密钥").FillAsync(ProtectedServer.Key);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await page.GetByLabel("企业名称").FillAsync("广州绿源汽车零部件有限公司");
        await Screenshots.TakeAsync(page, "form-with-key-1280");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "下载 DOCX" }).ClickAsync());

        Assert.Equal("广州绿源汽车零部件有限公司绿色制造优秀案例征集表.docx", download.SuggestedFilename);
        Assert.Contains("广州绿源汽车零部件有限公司", WordText.Of((await download.PathAsync())!));
        Assert.Equal(ProtectedServer.Key, await page.EvaluateAsync<string>("sessionStorage.getItem('docgen.apiKey')"));
        Assert.Equal(0, await page.GetByRole(AriaRole.Dialog).CountAsync());
    }

    [Fact]
    public async Task CancellingTheQuestionLeavesValidationAndDownloadRefusedWithTheServicesReason()
    {
        var page = await browser.OpenAsync(CaseForm, server: service.Server);
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "需要 API 密钥" });
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("校验失败");

        await page.GetByRole(AriaRole.Button, new() { Name = "下载 DOCX" }).ClickAsync();
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();

        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.Locator("#status")).ToContainTextAsync("未能生成");
        await Expect(page.Locator("#status")).ToContainTextAsync("X-Api-Key");
        Assert.Null(await page.EvaluateAsync<string?>("sessionStorage.getItem('docgen.apiKey')"));
    }
}
